/// The style sheet of every HTML report, inline so that the file needs nothing else: screen
/// reading, A4 printing, and the charts' colours, patterns and marks.
///
/// The colours of the series are the Okabe–Ito palette, which readers with the common colour
/// vision deficiencies tell apart; shapes and patterns tell them apart in grey print too. In print
/// a table is held to the page's width (Chromium would otherwise lay a wide data table past the
/// right margin, where the page cuts it). The sheet holds no `<` or `&`, so it is plain XML text.
enum HTMLStyle {
  static let sheet: StaticString = """
    body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Liberation Sans",\
    Arial,sans-serif;color:#1a1a1a;background:#fff;max-width:62rem;margin:2rem auto;\
    padding:0 1.25rem}
    h1{font-size:1.6rem;margin:0 0 .6rem;line-height:1.25}
    h2{font-size:1.25rem;margin:2rem 0 .6rem;padding-bottom:.2rem;border-bottom:1px solid #ccc}
    h3,h4,h5,h6{font-size:1.05rem;margin:1.4rem 0 .4rem}
    p{margin:.4rem 0 .6rem}
    p.line{margin:0}
    p.note,p.figure-note{color:#444;font-size:.9em;border-left:3px solid #c9c9c9;\
    padding-left:.6rem}
    ul{margin:.2rem 0 .8rem;padding-left:1.4rem}
    li{margin:.15rem 0}
    li.plain{list-style:none}
    ul ul{margin:.1rem 0 .3rem;font-size:.95em;color:#333}
    .detail{display:block;color:#444}
    code{font-family:ui-monospace,"DejaVu Sans Mono","Liberation Mono",Menlo,Consolas,monospace;\
    font-size:.88em;background:#f3f3f3;padding:0 .2em;border-radius:2px}
    a{color:#0b5cad}
    table{border-collapse:collapse;margin:.5rem 0 1rem;font-size:.9em}
    th,td{border:1px solid #d0d0d0;padding:.2rem .45rem;vertical-align:top}
    thead th{background:#f0f0f0;text-align:left}
    table.numeric td+td,table.numeric th+th{text-align:right;font-variant-numeric:tabular-nums}
    table.numeric td.text{text-align:left}
    caption{caption-side:top;text-align:left;font-weight:600;padding:.2rem 0}
    figure{margin:1rem 0 1.6rem}
    figcaption{font-weight:600;margin-bottom:.3rem}
    table.data{font-size:.8em}
    table.data caption{font-weight:normal;color:#444}
    svg.chart{display:block;width:100%;max-width:54rem;height:auto;margin:.3rem 0;\
    font-size:11px;overflow:visible}
    svg.chart text{fill:#222}
    svg.chart .axis-title{font-weight:600}
    svg.chart .value{font-size:9px;fill:#333}
    svg.chart .reference-label{font-size:10px;fill:#7a0019;font-weight:600;paint-order:stroke;\
    stroke:#fff;stroke-width:3px;stroke-linejoin:round}
    .grid{stroke:#e3e3e3;stroke-width:1}
    .frame{stroke:#555;stroke-width:1}
    .reference{stroke:#7a0019;stroke-width:1.6;stroke-dasharray:6 3}
    .fit{stroke:#1f2d3d;stroke-width:1.8}
    .fit-band{stroke:#1f2d3d;stroke-width:1.2;stroke-dasharray:3 3}
    .c0{fill:#0072b2;stroke:#0072b2}.c1{fill:#d55e00;stroke:#d55e00}\
    .c2{fill:#009e73;stroke:#009e73}.c3{fill:#cc79a7;stroke:#cc79a7}\
    .c4{fill:#e69f00;stroke:#e69f00}.c5{fill:#56b4e9;stroke:#56b4e9}\
    .c6{fill:#7f6d00;stroke:#7f6d00}.c7{fill:#000;stroke:#000}
    .cm{fill:#b3b3b3;stroke:#b3b3b3}
    .pts use{stroke:#fff;stroke-width:.6}
    .pts .cm use{stroke:none}
    .bar{stroke:#fff;stroke-width:.5}
    .bars .bar{fill-opacity:.85}
    .series{fill:none;stroke-width:2}
    .dashed{stroke-dasharray:6 4}
    .hollow use{fill:#fff;stroke-width:1.6}
    .filled use{stroke:#fff;stroke-width:.8}
    .st-done{fill:#1b7837;stroke:#1b7837}
    .st-due{fill:#e08214;stroke:#b35806}
    .st-overdue{fill:#d6604d;stroke:#8e0016}
    .st-planned{fill:#fff;stroke:#555}
    rect.bar.st-due,rect.bar.st-overdue,rect.bar.st-planned{stroke-width:1.2}
    rect.bar.st-overdue{stroke-width:1.8}
    .mark use{stroke:#222;stroke-width:.8}
    .pattern-due{fill:#fee0b6}
    .pattern-overdue{fill:#fddbc7}
    .hatch{stroke:#7a3b00;stroke-width:1.6}
    pattern .hatch{stroke:#5a2a00}
    .stripe{fill:#f6f6f6;stroke:none}
    .d1{fill:#deebf7}.d2{fill:#c6dbef}.d3{fill:#9ecae1}.d4{fill:#6baed6}.d5{fill:#4292c6}\
    .d6{fill:#2171b5}.d7{fill:#08519c}.d8{fill:#08306b}.d9{fill:#041f47}
    @page{size:A4;margin:16mm 14mm 16mm 16mm}
    @media print{
    body{font-size:10pt;max-width:none;margin:0;padding:0}
    h2{break-before:page;page-break-before:always;border-bottom:none}
    h2:first-of-type{break-before:auto;page-break-before:auto}
    h1,h2,h3,h4,figcaption,caption{break-after:avoid;page-break-after:avoid}
    thead{display:table-header-group}
    table{max-width:100%}table.data{width:calc(100% - 2px)}td,th{overflow-wrap:break-word}
    table.numeric td+td{white-space:nowrap}table.numeric td.text{white-space:normal}
    tr,li,p.line,svg.chart{break-inside:avoid;page-break-inside:avoid}
    a{color:inherit;text-decoration:none}
    code{background:none;padding:0}
    *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
    }

    """
}
