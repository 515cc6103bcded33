import PDFDocument from 'pdfkit';
import type { Certificate, CertificateLine } from '#core/impact/certificate-lines';

/**
 * Draws a certificate of participation (#core/impact/certificate-lines) on one A4 landscape page:
 * calm, centred, a thin frame, pdfkit's built-in Helvetica so nothing is fetched or embedded. Only
 * drawing here: what it says is the lines'.
 */
const MARGIN = 60;
const FRAME_INSET = 24;
const ACCENT = '#4c6ef5';
const MUTED = '#555555';

const LOOK: Record<CertificateLine['style'], { font: string; size: number; colour: string; after: number }> =
  {
    title: { font: 'Helvetica-Bold', size: 30, colour: ACCENT, after: 1.2 },
    body: { font: 'Helvetica', size: 13, colour: MUTED, after: 0.5 },
    name: { font: 'Helvetica-Bold', size: 26, colour: 'black', after: 0.5 },
    program: { font: 'Helvetica-Bold', size: 18, colour: 'black', after: 0.5 },
    detail: { font: 'Helvetica', size: 12, colour: 'black', after: 0.3 },
  };

/** The certificate as PDF bytes. */
export function certificatePdf(certificate: Certificate): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: MARGIN,
    info: { Title: certificate.title, Creator: 'Counterpart' },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const { width, height } = doc.page;
  doc
    .rect(FRAME_INSET, FRAME_INSET, width - 2 * FRAME_INSET, height - 2 * FRAME_INSET)
    .lineWidth(1.5)
    .stroke(ACCENT);
  doc.y = MARGIN + 30;
  const textWidth = width - 2 * MARGIN;
  for (const line of certificate.lines) {
    const look = LOOK[line.style];
    doc
      .font(look.font)
      .fontSize(look.size)
      .fillColor(look.colour)
      .text(line.text, MARGIN, doc.y, { width: textWidth, align: 'center' });
    doc.moveDown(look.after);
  }
  doc.end();
  return done;
}
