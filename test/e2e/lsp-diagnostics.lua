-- Headless Neovim 0.7+ as an LSP client: attaches the server in $LSP_CMD to the current buffer,
-- waits for its diagnostics and writes them as JSON to $DIAG_OUT. Exit 0 when the awaited
-- diagnostics arrived, 1 (cq) on timeout. 0.7 has no vim.lsp.start: start_client + buf_attach_client.
--   LSP_CMD        the server command line (split on spaces)
--   LSP_FT         filetype of the buffer, which Neovim sends as the languageId
--   DIAG_OUT       where to write {"got":…, "diagnostics":[…]}
--   DIAG_WAIT_CODE wait until a diagnostic with this code arrived (else: any diagnostic)
--   LSP_TIMEOUT_MS how long to wait (default 30000)
local bufnr = vim.api.nvim_get_current_buf()
local out = assert(os.getenv('DIAG_OUT'), 'DIAG_OUT is not set')
local cmd = vim.split(assert(os.getenv('LSP_CMD'), 'LSP_CMD is not set'), ' ', { trimempty = true })
local timeout = tonumber(os.getenv('LSP_TIMEOUT_MS') or '30000')
local wanted = os.getenv('DIAG_WAIT_CODE')
if os.getenv('LSP_FT') then vim.bo[bufnr].filetype = os.getenv('LSP_FT') end

local exited = nil
local client_id = vim.lsp.start_client({
  name = 'dpa-e2e',
  cmd = cmd,
  root_dir = vim.fn.getcwd(),
  on_exit = function(code, signal) exited = { code = code, signal = signal } end,
})
assert(client_id, 'vim.lsp.start_client failed')
vim.lsp.buf_attach_client(bufnr, client_id)

local function arrived()
  if exited then return true end
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if wanted == nil or d.code == wanted then return true end
  end
  return false
end
local got = vim.wait(timeout, arrived, 50) and not exited

local diags = {}
for _, d in ipairs(vim.diagnostic.get(bufnr)) do
  table.insert(diags, {
    lnum = d.lnum + 1, col = d.col + 1, end_lnum = d.end_lnum + 1, end_col = d.end_col + 1,
    severity = d.severity, code = d.code, source = d.source, message = d.message,
  })
end
local result = { got = got, exited = exited or vim.NIL, diagnostics = diags }
local f = assert(io.open(out, 'w'))
f:write(vim.fn.json_encode(result) .. '\n')
f:close()

vim.lsp.stop_client(client_id)
vim.wait(2000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 50)
vim.cmd(got and 'qa!' or 'cq')
