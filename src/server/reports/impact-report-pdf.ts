import PDFDocument from 'pdfkit';
import type { ImpactReportOutline, OutlineRow } from '#core/impact/impact-report-outline';

/**
 * Draws the impact report's outline (src/core/impact/impact-report-outline.ts) as an A4 PDF with
 * pdfkit's built-in Helvetica, so nothing is fetched or embedded. Only drawing here: what the report
 * says, and in which order, is the outline's.
 */
const MARGIN = 50;
const LABEL_WIDTH = 170;
const BAR_WIDTH = 150;
const GAP = 8;
const BAR_COLOUR = '#4c6ef5';
const MUTED = '#555555';

type Doc = PDFKit.PDFDocument;

/** Starts a new page when fewer than `needed` points are left on this one. */
function keepRoom(doc: Doc, needed: number): void {
  if (doc.y + needed > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

function drawBar(doc: Doc, row: Extract<OutlineRow, { kind: 'bar' }>): void {
  keepRoom(doc, 28);
  const left = doc.page.margins.left;
  const top = doc.y;
  const textLeft = left + LABEL_WIDTH + GAP + BAR_WIDTH + GAP;
  const textWidth = doc.page.width - doc.page.margins.right - textLeft;
  doc.font('Helvetica').fontSize(10).fillColor('black').text(row.label, left, top, { width: LABEL_WIDTH });
  const labelBottom = doc.y;
  const barLeft = left + LABEL_WIDTH + GAP;
  doc
    .rect(barLeft, top + 1, BAR_WIDTH, 9)
    .lineWidth(0.5)
    .stroke('#cccccc');
  if (row.value !== null && row.max > 0) {
    const width = (BAR_WIDTH * Math.min(Math.max(row.value, 0), row.max)) / row.max;
    if (width > 0) doc.rect(barLeft, top + 1, width, 9).fill(BAR_COLOUR);
  }
  doc.fillColor(row.value === null ? MUTED : 'black').text(row.text, textLeft, top, { width: textWidth });
  doc.x = left;
  doc.y = Math.max(labelBottom, doc.y) + 4;
}

function drawRow(doc: Doc, row: OutlineRow): void {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  switch (row.kind) {
    case 'subheading':
      keepRoom(doc, 40);
      doc.moveDown(0.4).font('Helvetica-Bold').fontSize(11).fillColor('black').text(row.text, left);
      doc.moveDown(0.2);
      return;
    case 'text':
      keepRoom(doc, 20);
      doc.font('Helvetica').fontSize(10).fillColor(MUTED).text(row.text, left, doc.y, { width });
      doc.moveDown(0.3);
      return;
    case 'figure':
      keepRoom(doc, 28);
      doc.font('Helvetica-Bold').fontSize(10).fillColor('black').text(row.label, left, doc.y, { width });
      doc.font('Helvetica').text(row.value, left, doc.y, { width });
      doc.moveDown(0.4);
      return;
    case 'bar':
      drawBar(doc, row);
      return;
  }
}

/** The outline as PDF bytes. */
export function impactReportPdf(outline: ImpactReportOutline): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    info: { Title: outline.title, Creator: 'Counterpart' },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.font('Helvetica-Bold').fontSize(18).text(outline.title);
  doc.moveDown(0.3).font('Helvetica').fontSize(10).fillColor(MUTED);
  for (const line of outline.lines) doc.text(line);
  for (const section of outline.sections) {
    keepRoom(doc, 60);
    doc.moveDown(1).font('Helvetica-Bold').fontSize(14).fillColor('black');
    doc.text(section.heading, doc.page.margins.left);
    doc.moveDown(0.3);
    for (const row of section.rows) drawRow(doc, row);
  }
  doc.end();
  return done;
}
