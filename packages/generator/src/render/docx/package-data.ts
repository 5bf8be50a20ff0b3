/**
 * The parts of a Word document that are the same in every agreement, as the `docx` library
 * (9.15) writes them: its theme, font table, settings, footnote and endnote separators, empty
 * properties and relationships, and the start of each XML part (declaration, root element and
 * namespaces). parts.ts writes the rest; test/generator/docx-direct.test.ts checks the whole
 * package against docx, byte for byte.
 */

/** The namespace declarations docx writes on most of its WordprocessingML roots. */
const NS = 'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas"'
    + ' xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
    + ' xmlns:o="urn:schemas-microsoft-com:office:office"'
    + ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    + ' xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" xmlns:v="urn:schemas-microsoft-com:vml"'
    + ' xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing"'
    + ' xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"'
    + ' xmlns:w10="urn:schemas-microsoft-com:office:word"'
    + ' xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    + ' xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'
    + ' xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"'
    + ' xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup"'
    + ' xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk"'
    + ' xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml"'
    + ' xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"';

/** word/document.xml up to and with <w:body>. */
export const DOCUMENT_START = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document mc:Ignorable="w14 w15 wp14" '
    + NS
    + ' xmlns:cx="http://schemas.microsoft.com/office/drawing/2014/chartex"'
    + ' xmlns:cx1="http://schemas.microsoft.com/office/drawing/2015/9/8/chartex"'
    + ' xmlns:cx2="http://schemas.microsoft.com/office/drawing/2015/10/21/chartex"'
    + ' xmlns:cx3="http://schemas.microsoft.com/office/drawing/2016/5/9/chartex"'
    + ' xmlns:cx4="http://schemas.microsoft.com/office/drawing/2016/5/10/chartex"'
    + ' xmlns:cx5="http://schemas.microsoft.com/office/drawing/2016/5/11/chartex"'
    + ' xmlns:cx6="http://schemas.microsoft.com/office/drawing/2016/5/12/chartex"'
    + ' xmlns:cx7="http://schemas.microsoft.com/office/drawing/2016/5/13/chartex"'
    + ' xmlns:cx8="http://schemas.microsoft.com/office/drawing/2016/5/14/chartex"'
    + ' xmlns:aink="http://schemas.microsoft.com/office/drawing/2016/ink"'
    + ' xmlns:am3d="http://schemas.microsoft.com/office/drawing/2017/model3d"'
    + ' xmlns:w16cex="http://schemas.microsoft.com/office/word/2018/wordml/cex"'
    + ' xmlns:w16cid="http://schemas.microsoft.com/office/word/2016/wordml/cid"'
    + ' xmlns:w16="http://schemas.microsoft.com/office/word/2018/wordml"'
    + ' xmlns:w16sdtdh="http://schemas.microsoft.com/office/word/2020/wordml/sdtdatahash"'
    + ' xmlns:w16se="http://schemas.microsoft.com/office/word/2015/wordml/symex"><w:body>';

/** word/headerN.xml up to its paragraph. */
export const HEADER_START = '<?xml version="1.0" encoding="UTF-8"?><w:hdr '
    + NS
    + ' xmlns:cx="http://schemas.microsoft.com/office/drawing/2014/chartex"'
    + ' xmlns:cx1="http://schemas.microsoft.com/office/drawing/2015/9/8/chartex"'
    + ' xmlns:cx2="http://schemas.microsoft.com/office/drawing/2015/10/21/chartex"'
    + ' xmlns:cx3="http://schemas.microsoft.com/office/drawing/2016/5/9/chartex"'
    + ' xmlns:cx4="http://schemas.microsoft.com/office/drawing/2016/5/10/chartex"'
    + ' xmlns:cx5="http://schemas.microsoft.com/office/drawing/2016/5/11/chartex"'
    + ' xmlns:cx6="http://schemas.microsoft.com/office/drawing/2016/5/12/chartex"'
    + ' xmlns:cx7="http://schemas.microsoft.com/office/drawing/2016/5/13/chartex"'
    + ' xmlns:cx8="http://schemas.microsoft.com/office/drawing/2016/5/14/chartex"'
    + ' xmlns:w16cid="http://schemas.microsoft.com/office/word/2016/wordml/cid"'
    + ' xmlns:w16se="http://schemas.microsoft.com/office/word/2015/wordml/symex">';

/** word/footerN.xml up to its paragraph. */
export const FOOTER_START = '<?xml version="1.0" encoding="UTF-8"?><w:ftr '
    + NS
    + '>';

/** word/numbering.xml up to its first list. */
export const NUMBERING_START = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering mc:Ignorable="w14 w15 wp14" '
    + NS
    + '>';

/** word/styles.xml up to its defaults. */
export const STYLES_START = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles mc:Ignorable="w14 w15"'
    + ' xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
    + ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    + ' xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    + ' xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'
    + ' xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml">';

/** word/settings.xml. */
export const SETTINGS = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:settings '
    + NS
    + ' mc:Ignorable="w14 w15 wp14"><w:displayBackgroundShape/><w:defaultTabStop w:val="720"/>'
    + '<w:evenAndOddHeaders w:val="false"/><w:compat>'
    + '<w:compatSetting w:val="15" w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word"/></w:compat>'
    + '</w:settings>';

/** word/fontTable.xml (empty: Word uses its own). */
export const FONT_TABLE = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:fonts'
    + ' xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
    + ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    + ' xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    + ' xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'
    + ' xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"'
    + ' xmlns:w16cex="http://schemas.microsoft.com/office/word/2018/wordml/cex"'
    + ' xmlns:w16cid="http://schemas.microsoft.com/office/word/2016/wordml/cid"'
    + ' xmlns:w16="http://schemas.microsoft.com/office/word/2018/wordml"'
    + ' xmlns:w16sdtdh="http://schemas.microsoft.com/office/word/2020/wordml/sdtdatahash"'
    + ' xmlns:w16se="http://schemas.microsoft.com/office/word/2015/wordml/symex" mc:Ignorable="w14 w15 w16se w16cid w16 w16cex w16sdtdh"/>';

/** word/footnotes.xml: the separators only. */
export const FOOTNOTES = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes '
    + NS
    + ' mc:Ignorable="w14 w15 wp14"><w:footnote w:type="separator" w:id="-1"><w:p><w:pPr>'
    + '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
    + '<w:footnoteRef/></w:r><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0">'
    + '<w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:rPr>'
    + '<w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r><w:r><w:continuationSeparator/></w:r></w:p>'
    + '</w:footnote></w:footnotes>';

/** word/endnotes.xml: the separators only. */
export const ENDNOTES = '<?xml version="1.0" encoding="UTF-8"?><w:endnotes '
    + NS
    + ' mc:Ignorable="w14 w15 wp14"><w:endnote w:type="separator" w:id="-1"><w:p><w:pPr>'
    + '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:rPr><w:rStyle w:val="EndnoteReference"/></w:rPr>'
    + '<w:endnoteRef/></w:r><w:r><w:separator/></w:r></w:p></w:endnote><w:endnote w:type="continuationSeparator" w:id="0"><w:p>'
    + '<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:rPr><w:rStyle w:val="EndnoteReference"/>'
    + '</w:rPr><w:endnoteRef/></w:r><w:r><w:continuationSeparator/></w:r></w:p></w:endnote></w:endnotes>';

/** word/theme/theme1.xml: the Office theme. */
export const THEME = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><a:theme'
    + ' xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office Theme"><a:themeElements>'
    + '<a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1>'
    + '<a:sysClr val="window" lastClr="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="44546A"/></a:dk2><a:lt2>'
    + '<a:srgbClr val="E7E6E6"/></a:lt2><a:accent1><a:srgbClr val="4472C4"/></a:accent1><a:accent2><a:srgbClr val="ED7D31"/>'
    + '</a:accent2><a:accent3><a:srgbClr val="A5A5A5"/></a:accent3><a:accent4><a:srgbClr val="FFC000"/></a:accent4><a:accent5>'
    + '<a:srgbClr val="5B9BD5"/></a:accent5><a:accent6><a:srgbClr val="70AD47"/></a:accent6><a:hlink><a:srgbClr val="0563C1"/>'
    + '</a:hlink><a:folHlink><a:srgbClr val="954F72"/></a:folHlink></a:clrScheme><a:fontScheme name="Office"><a:majorFont>'
    + '<a:latin typeface="Calibri Light" panose="020F0302020204030204"/><a:ea typeface=""/><a:cs typeface=""/>'
    + '<a:font script="Jpan" typeface="游ゴシック Light"/><a:font script="Hang" typeface="맑은 고딕"/>'
    + '<a:font script="Hans" typeface="等线 Light"/><a:font script="Hant" typeface="新細明體"/>'
    + '<a:font script="Arab" typeface="Times New Roman"/><a:font script="Hebr" typeface="Times New Roman"/>'
    + '<a:font script="Thai" typeface="Angsana New"/><a:font script="Ethi" typeface="Nyala"/>'
    + '<a:font script="Beng" typeface="Vrinda"/><a:font script="Gujr" typeface="Shruti"/>'
    + '<a:font script="Khmr" typeface="MoolBoran"/><a:font script="Knda" typeface="Tunga"/>'
    + '<a:font script="Guru" typeface="Raavi"/><a:font script="Cans" typeface="Euphemia"/>'
    + '<a:font script="Cher" typeface="Plantagenet Cherokee"/><a:font script="Yiii" typeface="Microsoft Yi Baiti"/>'
    + '<a:font script="Tibt" typeface="Microsoft Himalaya"/><a:font script="Thaa" typeface="MV Boli"/>'
    + '<a:font script="Deva" typeface="Mangal"/><a:font script="Telu" typeface="Gautami"/>'
    + '<a:font script="Taml" typeface="Latha"/><a:font script="Syrc" typeface="Estrangelo Edessa"/>'
    + '<a:font script="Orya" typeface="Kalinga"/><a:font script="Mlym" typeface="Kartika"/>'
    + '<a:font script="Laoo" typeface="DokChampa"/><a:font script="Sinh" typeface="Iskoola Pota"/>'
    + '<a:font script="Mong" typeface="Mongolian Baiti"/><a:font script="Viet" typeface="Times New Roman"/>'
    + '<a:font script="Uigh" typeface="Microsoft Uighur"/><a:font script="Geor" typeface="Sylfaen"/>'
    + '<a:font script="Armn" typeface="Arial"/><a:font script="Bugi" typeface="Leelawadee UI"/>'
    + '<a:font script="Bopo" typeface="Microsoft JhengHei"/><a:font script="Java" typeface="Javanese Text"/>'
    + '<a:font script="Lisu" typeface="Segoe UI"/><a:font script="Mymr" typeface="Myanmar Text"/>'
    + '<a:font script="Nkoo" typeface="Ebrima"/><a:font script="Olck" typeface="Nirmala UI"/>'
    + '<a:font script="Osma" typeface="Ebrima"/><a:font script="Phag" typeface="Phagspa"/>'
    + '<a:font script="Syrn" typeface="Estrangelo Edessa"/><a:font script="Syrj" typeface="Estrangelo Edessa"/>'
    + '<a:font script="Syre" typeface="Estrangelo Edessa"/><a:font script="Sora" typeface="Nirmala UI"/>'
    + '<a:font script="Tale" typeface="Microsoft Tai Le"/><a:font script="Talu" typeface="Microsoft New Tai Lue"/>'
    + '<a:font script="Tfng" typeface="Ebrima"/></a:majorFont><a:minorFont>'
    + '<a:latin typeface="Calibri" panose="020F0502020204030204"/><a:ea typeface=""/><a:cs typeface=""/>'
    + '<a:font script="Jpan" typeface="游明朝"/><a:font script="Hang" typeface="맑은 고딕"/><a:font script="Hans" typeface="等线"/>'
    + '<a:font script="Hant" typeface="新細明體"/><a:font script="Arab" typeface="Arial"/><a:font script="Hebr" typeface="Arial"/>'
    + '<a:font script="Thai" typeface="Cordia New"/><a:font script="Ethi" typeface="Nyala"/>'
    + '<a:font script="Beng" typeface="Vrinda"/><a:font script="Gujr" typeface="Shruti"/>'
    + '<a:font script="Khmr" typeface="DaunPenh"/><a:font script="Knda" typeface="Tunga"/>'
    + '<a:font script="Guru" typeface="Raavi"/><a:font script="Cans" typeface="Euphemia"/>'
    + '<a:font script="Cher" typeface="Plantagenet Cherokee"/><a:font script="Yiii" typeface="Microsoft Yi Baiti"/>'
    + '<a:font script="Tibt" typeface="Microsoft Himalaya"/><a:font script="Thaa" typeface="MV Boli"/>'
    + '<a:font script="Deva" typeface="Mangal"/><a:font script="Telu" typeface="Gautami"/>'
    + '<a:font script="Taml" typeface="Latha"/><a:font script="Syrc" typeface="Estrangelo Edessa"/>'
    + '<a:font script="Orya" typeface="Kalinga"/><a:font script="Mlym" typeface="Kartika"/>'
    + '<a:font script="Laoo" typeface="DokChampa"/><a:font script="Sinh" typeface="Iskoola Pota"/>'
    + '<a:font script="Mong" typeface="Mongolian Baiti"/><a:font script="Viet" typeface="Arial"/>'
    + '<a:font script="Uigh" typeface="Microsoft Uighur"/><a:font script="Geor" typeface="Sylfaen"/>'
    + '<a:font script="Armn" typeface="Arial"/><a:font script="Bugi" typeface="Leelawadee UI"/>'
    + '<a:font script="Bopo" typeface="Microsoft JhengHei"/><a:font script="Java" typeface="Javanese Text"/>'
    + '<a:font script="Lisu" typeface="Segoe UI"/><a:font script="Mymr" typeface="Myanmar Text"/>'
    + '<a:font script="Nkoo" typeface="Ebrima"/><a:font script="Olck" typeface="Nirmala UI"/>'
    + '<a:font script="Osma" typeface="Ebrima"/><a:font script="Phag" typeface="Phagspa"/>'
    + '<a:font script="Syrn" typeface="Estrangelo Edessa"/><a:font script="Syrj" typeface="Estrangelo Edessa"/>'
    + '<a:font script="Syre" typeface="Estrangelo Edessa"/><a:font script="Sora" typeface="Nirmala UI"/>'
    + '<a:font script="Tale" typeface="Microsoft Tai Le"/><a:font script="Talu" typeface="Microsoft New Tai Lue"/>'
    + '<a:font script="Tfng" typeface="Ebrima"/></a:minorFont></a:fontScheme><a:fmtScheme name="Office"><a:fillStyleLst>'
    + '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:gradFill rotWithShape="true"><a:gsLst><a:gs pos="0">'
    + '<a:schemeClr val="phClr"><a:lumMod val="110000"/><a:satMod val="105000"/><a:tint val="67000"/></a:schemeClr></a:gs>'
    + '<a:gs pos="50000"><a:schemeClr val="phClr"><a:lumMod val="105000"/><a:satMod val="103000"/><a:tint val="73000"/>'
    + '</a:schemeClr></a:gs><a:gs pos="100000"><a:schemeClr val="phClr"><a:lumMod val="105000"/><a:satMod val="109000"/>'
    + '<a:tint val="81000"/></a:schemeClr></a:gs></a:gsLst><a:lin ang="5400000" scaled="false"/></a:gradFill>'
    + '<a:gradFill rotWithShape="true"><a:gsLst><a:gs pos="0"><a:schemeClr val="phClr"><a:satMod val="103000"/>'
    + '<a:lumMod val="102000"/><a:tint val="94000"/></a:schemeClr></a:gs><a:gs pos="50000"><a:schemeClr val="phClr">'
    + '<a:satMod val="110000"/><a:lumMod val="100000"/><a:shade val="100000"/></a:schemeClr></a:gs><a:gs pos="100000">'
    + '<a:schemeClr val="phClr"><a:lumMod val="99000"/><a:satMod val="120000"/><a:shade val="78000"/></a:schemeClr></a:gs>'
    + '</a:gsLst><a:lin ang="5400000" scaled="false"/></a:gradFill></a:fillStyleLst><a:lnStyleLst>'
    + '<a:ln w="6350" cap="flat" cmpd="sng" algn="ctr"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
    + '<a:prstDash val="solid"/><a:miter lim="800000"/></a:ln><a:ln w="12700" cap="flat" cmpd="sng" algn="ctr"><a:solidFill>'
    + '<a:schemeClr val="phClr"/></a:solidFill><a:prstDash val="solid"/><a:miter lim="800000"/></a:ln>'
    + '<a:ln w="19050" cap="flat" cmpd="sng" algn="ctr"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
    + '<a:prstDash val="solid"/><a:miter lim="800000"/></a:ln></a:lnStyleLst><a:effectStyleLst><a:effectStyle><a:effectLst/>'
    + '</a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst>'
    + '<a:outerShdw blurRad="57150" dist="19050" dir="5400000" algn="ctr" rotWithShape="false"><a:srgbClr val="000000">'
    + '<a:alpha val="63000"/></a:srgbClr></a:outerShdw></a:effectLst></a:effectStyle></a:effectStyleLst><a:bgFillStyleLst>'
    + '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"><a:tint val="95000"/>'
    + '<a:satMod val="170000"/></a:schemeClr></a:solidFill><a:gradFill rotWithShape="true"><a:gsLst><a:gs pos="0">'
    + '<a:schemeClr val="phClr"><a:tint val="93000"/><a:satMod val="150000"/><a:shade val="98000"/><a:lumMod val="102000"/>'
    + '</a:schemeClr></a:gs><a:gs pos="50000"><a:schemeClr val="phClr"><a:tint val="98000"/><a:satMod val="130000"/>'
    + '<a:shade val="90000"/><a:lumMod val="103000"/></a:schemeClr></a:gs><a:gs pos="100000"><a:schemeClr val="phClr">'
    + '<a:shade val="63000"/><a:satMod val="120000"/></a:schemeClr></a:gs></a:gsLst><a:lin ang="5400000" scaled="false"/>'
    + '</a:gradFill></a:bgFillStyleLst></a:fmtScheme></a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>';

/** docProps/app.xml. */
export const APP = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"'
    + ' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"/>';

/** docProps/custom.xml. */
export const CUSTOM = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"'
    + ' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"/>';

/** _rels/.rels. */
export const ROOT_RELS = '<?xml version="1.0" encoding="UTF-8"?>'
    + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    + '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
    + '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
    + '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
    + '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/>'
    + '</Relationships>';

/** The relationships of a part that refers to nothing. */
export const EMPTY_RELS = '<?xml version="1.0" encoding="UTF-8"?>'
    + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>';

/** docx's own styles before Heading 1: Normal, Normal Table, Title. */
export const STYLES_BEFORE_HEADINGS = '<w:style w:type="paragraph" w:styleId="Normal" w:default="1"><w:name w:val="Normal"/><w:qFormat/></w:style>'
    + '<w:style w:type="table" w:styleId="TableNormal" w:default="true"><w:name w:val="Normal Table"/>'
    + '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:type="dxa" w:w="0"/><w:tblCellMar>'
    + '<w:top w:type="dxa" w:w="0"/><w:left w:type="dxa" w:w="108"/><w:bottom w:type="dxa" w:w="0"/>'
    + '<w:right w:type="dxa" w:w="108"/></w:tblCellMar></w:tblPr></w:style><w:style w:type="paragraph" w:styleId="Title">'
    + '<w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:rPr><w:sz w:val="56"/>'
    + '<w:szCs w:val="56"/></w:rPr></w:style>';

/** docx's own styles between Heading 3 and List Paragraph. */
export const STYLES_AFTER_HEADINGS = '<w:style w:type="paragraph" w:styleId="Heading4"><w:name w:val="Heading 4"/><w:basedOn w:val="Normal"/>'
    + '<w:next w:val="Normal"/><w:qFormat/><w:rPr><w:i/><w:iCs/><w:color w:val="2E74B5"/></w:rPr></w:style>'
    + '<w:style w:type="paragraph" w:styleId="Heading5"><w:name w:val="Heading 5"/><w:basedOn w:val="Normal"/>'
    + '<w:next w:val="Normal"/><w:qFormat/><w:rPr><w:color w:val="2E74B5"/></w:rPr></w:style>'
    + '<w:style w:type="paragraph" w:styleId="Heading6"><w:name w:val="Heading 6"/><w:basedOn w:val="Normal"/>'
    + '<w:next w:val="Normal"/><w:qFormat/><w:rPr><w:color w:val="1F4D78"/></w:rPr></w:style>'
    + '<w:style w:type="paragraph" w:styleId="Strong"><w:name w:val="Strong"/><w:basedOn w:val="Normal"/>'
    + '<w:next w:val="Normal"/><w:qFormat/><w:rPr><w:b/><w:bCs/></w:rPr></w:style>';

/** docx's own styles after List Paragraph: caption, bibliography, tables of contents, notes, hyperlinks, line numbers. */
export const STYLES_AFTER_LIST = '<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/><w:basedOn w:val="Normal"/>'
    + '<w:next w:val="Normal"/><w:uiPriority w:val="35"/><w:semiHidden/><w:unhideWhenUsed/><w:qFormat/><w:pPr>'
    + '<w:spacing w:after="200"/></w:pPr><w:rPr><w:i/><w:iCs/><w:color w:val="44546A" w:themeColor="dark2"/><w:sz w:val="18"/>'
    + '<w:szCs w:val="18"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Bibliography">'
    + '<w:name w:val="Bibliography"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="37"/>'
    + '<w:unhideWhenUsed/></w:style><w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/>'
    + '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/><w:semiHidden/><w:unhideWhenUsed/><w:pPr>'
    + '<w:spacing w:after="100"/></w:pPr></w:style><w:style w:type="paragraph" w:styleId="TOC2"><w:name w:val="toc 2"/>'
    + '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/><w:semiHidden/><w:unhideWhenUsed/><w:pPr>'
    + '<w:spacing w:after="100"/><w:ind w:left="200"/></w:pPr></w:style><w:style w:type="paragraph" w:styleId="TOC3">'
    + '<w:name w:val="toc 3"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/><w:semiHidden/>'
    + '<w:unhideWhenUsed/><w:pPr><w:spacing w:after="100"/><w:ind w:left="400"/></w:pPr></w:style>'
    + '<w:style w:type="paragraph" w:styleId="TOC4"><w:name w:val="toc 4"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>'
    + '<w:uiPriority w:val="39"/><w:semiHidden/><w:unhideWhenUsed/><w:pPr><w:spacing w:after="100"/><w:ind w:left="600"/>'
    + '</w:pPr></w:style><w:style w:type="paragraph" w:styleId="TOC5"><w:name w:val="toc 5"/><w:basedOn w:val="Normal"/>'
    + '<w:next w:val="Normal"/><w:uiPriority w:val="39"/><w:semiHidden/><w:unhideWhenUsed/><w:pPr><w:spacing w:after="100"/>'
    + '<w:ind w:left="800"/></w:pPr></w:style><w:style w:type="paragraph" w:styleId="TOC6"><w:name w:val="toc 6"/>'
    + '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/><w:semiHidden/><w:unhideWhenUsed/><w:pPr>'
    + '<w:spacing w:after="100"/><w:ind w:left="1000"/></w:pPr></w:style><w:style w:type="paragraph" w:styleId="TOC7">'
    + '<w:name w:val="toc 7"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/><w:semiHidden/>'
    + '<w:unhideWhenUsed/><w:pPr><w:spacing w:after="100"/><w:ind w:left="1200"/></w:pPr></w:style>'
    + '<w:style w:type="paragraph" w:styleId="TOC8"><w:name w:val="toc 8"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>'
    + '<w:uiPriority w:val="39"/><w:semiHidden/><w:unhideWhenUsed/><w:pPr><w:spacing w:after="100"/><w:ind w:left="1400"/>'
    + '</w:pPr></w:style><w:style w:type="paragraph" w:styleId="TOC9"><w:name w:val="toc 9"/><w:basedOn w:val="Normal"/>'
    + '<w:next w:val="Normal"/><w:uiPriority w:val="39"/><w:semiHidden/><w:unhideWhenUsed/><w:pPr><w:spacing w:after="100"/>'
    + '<w:ind w:left="1600"/></w:pPr></w:style><w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/>'
    + '<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr><w:color w:val="0563C1"/>'
    + '<w:u w:val="single"/></w:rPr></w:style><w:style w:type="character" w:styleId="FootnoteReference">'
    + '<w:name w:val="footnote reference"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:semiHidden/>'
    + '<w:unhideWhenUsed/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>'
    + '<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/>'
    + '<w:link w:val="FootnoteTextChar"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:pPr>'
    + '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr>'
    + '</w:style><w:style w:type="character" w:styleId="FootnoteTextChar"><w:name w:val="Footnote Text Char"/>'
    + '<w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="FootnoteText"/><w:uiPriority w:val="99"/><w:semiHidden/>'
    + '<w:unhideWhenUsed/><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>'
    + '<w:style w:type="character" w:styleId="EndnoteReference"><w:name w:val="endnote reference"/>'
    + '<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:rPr>'
    + '<w:vertAlign w:val="superscript"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="EndnoteText">'
    + '<w:name w:val="endnote text"/><w:basedOn w:val="Normal"/><w:link w:val="EndnoteTextChar"/><w:uiPriority w:val="99"/>'
    + '<w:semiHidden/><w:unhideWhenUsed/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr>'
    + '<w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style><w:style w:type="character" w:styleId="EndnoteTextChar">'
    + '<w:name w:val="Endnote Text Char"/><w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="EndnoteText"/>'
    + '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr>'
    + '</w:style><w:style w:type="character" w:styleId="LineNumber"><w:name w:val="line number"/>'
    + '<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>';

/** [Content_Types].xml up to the headers and footers. */
export const CONTENT_TYPES_START = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    + '<Default ContentType="image/png" Extension="png"/><Default ContentType="image/jpeg" Extension="jpeg"/>'
    + '<Default ContentType="image/jpeg" Extension="jpg"/><Default ContentType="image/bmp" Extension="bmp"/>'
    + '<Default ContentType="image/gif" Extension="gif"/><Default ContentType="image/svg+xml" Extension="svg"/>'
    + '<Default ContentType="application/vnd.openxmlformats-package.relationships+xml" Extension="rels"/>'
    + '<Default ContentType="application/xml" Extension="xml"/>'
    + '<Default ContentType="application/vnd.openxmlformats-officedocument.obfuscatedFont" Extension="odttf"/>'
    + '<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml" PartName="/word/document.xml"/>'
    + '<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml" PartName="/word/styles.xml"/>'
    + '<Override ContentType="application/vnd.openxmlformats-package.core-properties+xml" PartName="/docProps/core.xml"/>'
    + '<Override ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml" PartName="/docProps/custom.xml"/>'
    + '<Override ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml" PartName="/docProps/app.xml"/>'
    + '<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml" PartName="/word/numbering.xml"/>'
    + '<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml" PartName="/word/footnotes.xml"/>'
    + '<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml" PartName="/word/endnotes.xml"/>'
    + '<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml" PartName="/word/settings.xml"/>'
    + '<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml" PartName="/word/fontTable.xml"/>'
    + '<Override ContentType="application/vnd.openxmlformats-officedocument.theme+xml" PartName="/word/theme/theme1.xml"/>';

/** word/_rels/document.xml.rels up to the headers and footers (rId1 to rId5). */
export const DOCUMENT_RELS_START = '<?xml version="1.0" encoding="UTF-8"?>'
    + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    + '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
    + '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>'
    + '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>'
    + '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes" Target="endnotes.xml"/>'
    + '<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>';
