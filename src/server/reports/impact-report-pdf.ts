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
/** One colour per series of a chart (matched, active, completed). */
const SERIES_COLOURS = ['#4c6ef5', '#20c997', '#fab005', '#e64980'];
const CHART_HEIGHT = 110;

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

/** A grouped bar chart with pdfkit's vector primitives; a null value is a dashed gap, explained below. */
function drawChart(doc: Doc, row: Extract<OutlineRow, { kind: 'chart' }>): void {
  keepRoom(doc, CHART_HEIGHT + 80);
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  doc.font('Helvetica-Bold').fontSize(10).fillColor('black').text(row.title, left, doc.y, { width });
  doc.moveDown(0.3);
  // Legend: a swatch and a name per series.
  let legendX = left;
  const legendY = doc.y;
  row.series.forEach((name, i) => {
    doc.rect(legendX, legendY + 1, 8, 8).fill(SERIES_COLOURS[i % SERIES_COLOURS.length]!);
    doc
      .font('Helvetica')
      .fontSize(9)
      .fillColor('black')
      .text(name, legendX + 12, legendY, { lineBreak: false });
    legendX += 12 + doc.widthOfString(name) + 14;
  });
  const top = legendY + 18;
  const axisLeft = left + 28;
  const bottom = top + CHART_HEIGHT;
  const plotWidth = width - 28;
  // Axis, and the top value as its scale.
  doc
    .moveTo(axisLeft, top)
    .lineTo(axisLeft, bottom)
    .lineTo(axisLeft + plotWidth, bottom)
    .lineWidth(0.5)
    .stroke('#888888');
  doc.font('Helvetica').fontSize(8).fillColor(MUTED);
  doc.text(String(row.max), left, top - 3, { width: 24, align: 'right' });
  doc.text('0', left, bottom - 6, { width: 24, align: 'right' });
  const slot = plotWidth / Math.max(1, row.groups.length);
  const barWidth = Math.max(2, Math.min(18, (slot - 6) / Math.max(1, row.series.length)));
  row.groups.forEach((group, g) => {
    const groupLeft = axisLeft + g * slot + (slot - barWidth * row.series.length) / 2;
    group.values.forEach((value, i) => {
      const x = groupLeft + i * barWidth;
      if (value === null) {
        doc
          .rect(x + 1, bottom - 14, barWidth - 2, 14)
          .dash(2, { space: 2 })
          .lineWidth(0.5)
          .stroke('#999999');
        doc.undash();
        return;
      }
      const height = row.max > 0 ? (CHART_HEIGHT * Math.min(Math.max(value, 0), row.max)) / row.max : 0;
      if (height > 0)
        doc.rect(x, bottom - height, barWidth - 1, height).fill(SERIES_COLOURS[i % SERIES_COLOURS.length]!);
    });
    doc
      .font('Helvetica')
      .fontSize(7)
      .fillColor('black')
      .text(group.label, axisLeft + g * slot, bottom + 3, { width: slot, align: 'center' });
  });
  doc.x = left;
  doc.y = bottom + 16;
  if (row.note) doc.font('Helvetica').fontSize(9).fillColor(MUTED).text(row.note, left, doc.y, { width });
  doc.moveDown(0.6);
}

/** A table with a first column of labels and one column per cohort. */
function drawTable(doc: Doc, row: Extract<OutlineRow, { kind: 'table' }>): void {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const firstWidth = Math.min(170, width / 2);
  const otherWidth = (width - firstWidth) / Math.max(1, row.columns.length - 1);
  const widths = row.columns.map((_, i) => (i === 0 ? firstWidth : otherWidth));
  const drawLine = (cells: readonly string[], bold: boolean) => {
    keepRoom(doc, 30);
    const top = doc.y;
    let x = left;
    let lowest = top;
    cells.forEach((cell, i) => {
      doc
        .font(bold || i === 0 ? 'Helvetica-Bold' : 'Helvetica')
        .fontSize(9)
        .fillColor(cell === 'Hidden' ? MUTED : 'black')
        .text(cell, x + 2, top, { width: widths[i]! - 4 });
      lowest = Math.max(lowest, doc.y);
      x += widths[i]!;
    });
    doc
      .moveTo(left, lowest + 2)
      .lineTo(left + width, lowest + 2)
      .lineWidth(0.3)
      .stroke('#cccccc');
    doc.x = left;
    doc.y = lowest + 5;
  };
  drawLine(row.columns, true);
  for (const line of row.rows) drawLine([line.label, ...line.cells], false);
  doc.moveDown(0.3);
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
    case 'paragraph':
      keepRoom(doc, 20);
      doc.font('Helvetica').fontSize(10).fillColor('black').text(row.text, left, doc.y, { width });
      doc.moveDown(0.5);
      return;
    case 'quote': {
      keepRoom(doc, 40);
      const top = doc.y;
      doc.font('Helvetica-Oblique').fontSize(10).fillColor('black');
      doc.text(`“${row.text}”`, left + 12, top, { width: width - 12 });
      doc.font('Helvetica').fontSize(9).fillColor(MUTED);
      doc.text(`${row.side}, answering “${row.prompt}”`, left + 12, doc.y, { width: width - 12 });
      doc
        .moveTo(left + 3, top)
        .lineTo(left + 3, doc.y)
        .lineWidth(2)
        .stroke('#cccccc');
      doc.x = left;
      doc.moveDown(0.6);
      return;
    }
    case 'table':
      drawTable(doc, row);
      return;
    case 'chart':
      drawChart(doc, row);
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
    // Keep a heading with its first row: a chart needs its whole height.
    keepRoom(doc, section.rows[0]?.kind === 'chart' ? CHART_HEIGHT + 130 : 60);
    doc.moveDown(1).font('Helvetica-Bold').fontSize(14).fillColor('black');
    doc.text(section.heading, doc.page.margins.left);
    doc.moveDown(0.3);
    for (const row of section.rows) drawRow(doc, row);
  }
  doc.end();
  return done;
}
