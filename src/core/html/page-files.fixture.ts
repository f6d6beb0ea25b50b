/** A built lesson page's head and images, as the tests of pageFiles() and of the offline image choice read it. */
export const LESSON_HTML = `<html><head>
<link rel="stylesheet" href="/_astro/common.A.css"><link rel="stylesheet" href="/_astro/print.B.css" media="print">
<link rel="canonical" href="https://naik-kelas.pages.dev/belajar/a/">
<link rel="modulepreload" href="/_astro/chunk.C.js">
<script type="module" src="/_astro/page.D.js"></script><script src="https://cdn.example/x.js"></script>
</head><body>
<img src="/_astro/diagram.E.svg" alt="Diagram">
<img src="data:image/png;base64,AAAA" alt="x">
<picture><source srcset="/_astro/foto.F_1.avif 360w, /_astro/foto.F_2.avif 720w" type="image/avif"><source srcset="/_astro/foto.F_1.webp 360w, /_astro/foto.F_2.webp 720w" type="image/webp"><img src="/_astro/foto.F.jpg?a=1&amp;b=2" alt="Foto"></picture>
<img src="/_astro/x.G.png" srcset="/_astro/x.G_1.png 300w, /_astro/x.G_2.png 600w" alt="X">
</body></html>`;
