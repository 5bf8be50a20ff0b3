/**
 * What one agreement's rendering may cost (TEMPLATE_LIMITS): a firm's templates cannot exhaust
 * the process. Rendering counts what it produces at every block, partial and helper boundary and
 * stops with a TemplateError, naming the innermost firm file being rendered, past the limits.
 */
import type Handlebars from 'handlebars';
import { errorText, type ErrorText } from '../errors.js';
import { TEMPLATE_LIMITS } from '../template-limits.js';
import { TemplateError } from './errors.js';

/** What one agreement's rendering has used so far (see TEMPLATE_LIMITS). */
interface RenderBudget {
    chars: number;
    steps: number;
    nesting: number;
    readonly deadline: number;
}

/** The template or partial being rendered, innermost last: errors name its file. */
export interface RenderFrame {
    readonly label: string;
    readonly file: string | undefined;
}

type HelperFunction = (this: unknown, ...args: unknown[]) => unknown;
type InvokePartial = (this: unknown, partial: unknown, context: unknown, options: unknown) => unknown;

/** The budget of one handlebars environment's renders, and the frames being rendered. */
export class RenderGuard {
    private budget: RenderBudget | undefined;
    private readonly frames: RenderFrame[] = [];

    /**
     * Counts every block body, partial and helper call of a render: the helpers registered so far
     * are wrapped so that the bodies they render (`options.fn`, `options.inverse`) are counted,
     * and so is the environment's partial invocation (used for every partial, inline and dynamic
     * ones too).
     */
    constructor(handlebars: typeof Handlebars) {
        const step = (work: () => unknown) => this.step(work);
        const counted = (fn: unknown): unknown => {
            if (typeof fn !== 'function') return fn;
            const body = fn as HelperFunction;
            return Object.assign(function (this: unknown, ...args: unknown[]): unknown {
                return step(() => body.apply(this, args));
            }, body);
        };
        const helpers = handlebars.helpers as Record<string, HelperFunction>;
        for (const [name, helper] of Object.entries(helpers)) {
            helpers[name] = Object.assign(function (this: unknown, ...args: unknown[]): unknown {
                const options = args[args.length - 1];
                if (typeof options === 'object' && options !== null && 'fn' in options) {
                    const o = options as { fn?: unknown; inverse?: unknown };
                    o.fn = counted(o.fn);
                    o.inverse = counted(o.inverse);
                }
                return step(() => helper.apply(this, args));
            }, helper);
        }
        // Handlebars calls `env.VM.invokePartial` for every partial (a documented override point).
        const env = handlebars as unknown as { VM: { invokePartial: InvokePartial } };
        const invoke = env.VM.invokePartial;
        env.VM = { ...env.VM, invokePartial(this: unknown, partial, context, options) {
            return step(() => invoke.call(this, partial, context, options));
        } };
    }

    /**
     * Runs `work` (which renders templates) with one budget for all of it: the limits apply to
     * the whole agreement rather than to each template rendered. Nested sessions share the outer
     * budget.
     */
    session<T>(work: () => T): T {
        if (this.budget) return work();
        this.budget = { chars: 0, steps: 0, nesting: 0, deadline: Date.now() + TEMPLATE_LIMITS.maxRenderMs };
        try {
            return work();
        } finally {
            this.budget = undefined;
        }
    }

    /** Runs `work` as the rendering of `frame`, so that running over the budget names its file. */
    within<T>(frame: RenderFrame, work: () => T): T {
        this.frames.push(frame);
        try {
            return work();
        } finally {
            this.frames.pop();
        }
    }

    /** Counts the characters a render produced. */
    spend(output: string): void {
        const budget = this.budget;
        if (!budget) return;
        budget.chars += output.length;
        if (budget.chars > TEMPLATE_LIMITS.maxOutputChars) {
            this.overBudget(errorText('error.render.tooMuchText', { max: { grouped: TEMPLATE_LIMITS.maxOutputChars } }));
        }
    }

    /** Renders one block body, partial or helper call within the budget. */
    private step(work: () => unknown): unknown {
        const budget = this.budget;
        if (!budget) return work();
        const limits = TEMPLATE_LIMITS;
        if (++budget.steps > limits.maxRenderSteps) this.overBudget(errorText('error.render.tooManySteps', { max: { grouped: limits.maxRenderSteps } }));
        if ((budget.steps & 1023) === 0 && Date.now() > budget.deadline) this.overBudget(errorText('error.render.tooSlow', { seconds: limits.maxRenderMs / 1000 }));
        if (++budget.nesting > limits.maxRenderNesting) this.overBudget(errorText('error.render.nestedTooDeep', { max: limits.maxRenderNesting }));
        try {
            const output = work();
            if (typeof output === 'string') this.spend(output);
            return output;
        } finally {
            budget.nesting--;
        }
    }

    private overBudget(reason: ErrorText): never {
        const frame = [...this.frames].reverse().find(f => f.file !== undefined) ?? this.frames[this.frames.length - 1];
        throw new TemplateError(frame?.label ?? '', undefined, reason, frame?.file);
    }
}
