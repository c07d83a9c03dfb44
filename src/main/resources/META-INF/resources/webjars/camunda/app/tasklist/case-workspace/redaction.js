// Redaction in the Case tab: a SAR's PDF or image opens in a viewer drawn with PDF.js (served by
// the application from its WebJar, never a CDN); the officer drags a rectangle over what to
// remove, or withholds a whole page, and rests each mark on a line of the case's redaction log
// (an existing line or a new one). Marks are kept by the server
// (/api/cases/{ref}/documents/{id}/redaction-marks), which burns them into a new copy of the
// document: the redacted copy can be previewed here, drawn from the server's own file. A document
// of another type must first be converted to PDF. Every text is set as text, never as HTML;
// changes carry the webapps' CSRF token.

import {element, read, csrfToken} from './workspace.js';
import {redactionLineFields} from './redaction-line.js';

const API = '/api';

// PDF.js from org.webjars.npm:pdfjs-dist; the WebJars locator finds the version on the server
const PDFJS = '/webjars/pdfjs-dist/';

// the document types the server can redact (response/Redactor)
const PDF = 'application/pdf';
const IMAGES = ['image/png', 'image/jpeg'];

// the width the form and the list of marks take beside the page, in screen pixels
const SIDE = 340;

// how far a keyboard arrow moves or resizes an area, in screen pixels (with Alt: one pixel)
const STEP = 8;

let library;

/** PDF.js, loaded the first time a document is opened, its worker from the same WebJar. */
function pdfjs() {
  if (!library) {
    library = import(PDFJS + 'build/pdf.min.mjs').then(lib => {
      lib.GlobalWorkerOptions.workerSrc = PDFJS + 'build/pdf.worker.min.mjs';
      return lib;
    });
    library.catch(() => {
      library = undefined;
    });
  }
  return library;
}

/** Opens a PDF's bytes with PDF.js: no script in the document runs, no form is filled. */
async function openPdf(bytes) {
  const lib = await pdfjs();
  return lib.getDocument({
    data: bytes,
    isEvalSupported: false,
    enableScripting: false,
    enableXfa: false,
    cMapUrl: PDFJS + 'cmaps/',
    cMapPacked: true,
    standardFontDataUrl: PDFJS + 'standard_fonts/',
    wasmUrl: PDFJS + 'wasm/',
    iccUrl: PDFJS + 'iccs/'
  }).promise;
}

let stylesheet;

function loadStylesheet() {
  if (!stylesheet) {
    stylesheet = element('link', {rel: 'stylesheet', href: new URL('./redaction.css', import.meta.url).href});
    document.head.append(stylesheet);
  }
}

async function send(method, path, body) {
  const headers = {Accept: 'application/json', 'X-XSRF-TOKEN': csrfToken()};
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  const response = await fetch(API + path, {
    method,
    credentials: 'same-origin',
    headers,
    body: body === undefined ? undefined : JSON.stringify(body)
  });
  if (!response.ok) {
    const error = new Error(await problem(response));
    error.status = response.status;
    throw error;
  }
  return response.status === 204 ? null : response.json();
}

async function bytes(url) {
  const response = await fetch(url, {credentials: 'same-origin', headers: {Accept: 'application/pdf, image/*'}});
  if (!response.ok) {
    const error = new Error(await problem(response));
    error.status = response.status;
    throw error;
  }
  return new Uint8Array(await response.arrayBuffer());
}

/** The problem document's words, every field it names included. */
async function problem(response) {
  try {
    const body = await response.json();
    const fields = (body.errors || []).map(e => e.field + ': ' + e.message);
    return fields.length ? fields.join('; ') : (body.detail || body.title || 'answered ' + response.status);
  } catch (e) {
    return 'answered ' + response.status;
  }
}

/** Why a document would not open, in the words the server uses when it refuses one (response/Redactor). */
function unreadable(error) {
  if (error && error.name === 'PasswordException') {
    return 'it is password-protected: save an unprotected copy and attach that';
  }
  if (error && (error.name === 'InvalidPDFException' || error.name === 'FormatError')) {
    return 'it is not a readable PDF: it may be damaged or incomplete';
  }
  return error && error.message ? error.message : 'it could not be opened';
}

function words(code) {
  return code ? String(code).replace(/_/g, ' ').toLowerCase() : '';
}

function when(instant) {
  return instant ? new Date(instant).toLocaleString() : '';
}

function button(label, attributes, onClick) {
  const node = element('button', {type: 'button', class: 'btn btn-default btn-sm', ...attributes}, [label]);
  node.addEventListener('click', onClick);
  return node;
}

function lineLabel(line) {
  return 'Line ' + line.id + ': ' + line.location + ' (' + words(line.exemption) + ', ' + line.statutoryReference + ')';
}

/**
 * The Documents table's hook: a "Redact" button for a SAR's document when the user may read its
 * redaction log, opening the viewer in {@code area}; null otherwise.
 */
export function redactButton(ws, doc, area, refresh) {
  if (ws.type !== 'SAR' || !ws.redactions) {
    return null;
  }
  const open = element('button', {type: 'button', class: 'btn btn-link btn-xs case-redact', 'data-document': doc.id}, ['Redact']);
  open.addEventListener('click', () => {
    loadStylesheet();
    area.replaceChildren();
    openViewer(area, ws, doc, refresh);
  });
  return open;
}

function openViewer(area, ws, doc, refresh) {
  const close = button('Close', {class: 'btn btn-default btn-sm redaction-close'}, () => refresh());
  const heading = element('h5', {}, ['Redact ' + doc.fileName]);
  if (doc.contentType !== PDF && !IMAGES.includes(doc.contentType)) {
    area.append(element('div', {class: 'redaction', id: 'redaction-viewer'}, [heading,
      element('p', {class: 'alert alert-warning redaction-convert'}, [
        'Convert to PDF first: ' + doc.fileName + ' (' + doc.contentType + ') cannot be redacted here. '
        + 'Save it as a PDF, upload the PDF as a response bundle document, and redact that.']),
      close]));
    return;
  }
  if (current) {
    current.destroy();
  }
  current = new Viewer(area, ws, doc, heading, close);
  current.start();
}

// the viewer open last: its document is let go when another is opened
let current;

/**
 * The viewer of one document: a page at a time, its marks drawn over it, a rectangle drawn with
 * the mouse or the keyboard, the form that rests it on a line of the log, the document's marks
 * and the redacted copy's preview.
 */
class Viewer {

  constructor(area, ws, doc, heading, close) {
    this.ws = ws;
    this.doc = doc;
    this.base = '/cases/' + encodeURIComponent(ws.reference);
    this.marksPath = this.base + '/documents/' + doc.id + '/redaction-marks';
    this.lines = ws.redactions.slice();
    this.marks = [];
    this.pageNumber = 1;
    this.pageCount = 1;
    this.mayRedact = true;

    this.status = element('p', {class: 'help-block redaction-status', role: 'status', 'aria-live': 'polite'});
    this.pageLabel = element('span', {class: 'redaction-page-label'});
    this.previous = button('Previous page', {}, () => this.show(this.pageNumber - 1));
    this.next = button('Next page', {}, () => this.show(this.pageNumber + 1));
    this.withhold = button('Withhold this page', {class: 'btn btn-default btn-sm redaction-withhold'},
      () => this.ask({wholePage: true}));
    const copy = button('Preview redacted copy', {class: 'btn btn-primary btn-sm redaction-preview'}, () => this.previewCopy());
    this.stage = element('div', {class: 'redaction-stage'});
    this.overlay = element('div', {
      class: 'redaction-overlay', tabindex: '0', role: 'application',
      'aria-label': 'The page. Drag over what to remove; or press Enter to place an area, the arrow keys to move '
        + 'it, Shift and the arrow keys to size it, Enter to keep it and Escape to drop it.'
    });
    this.form = element('form', {class: 'redaction-mark-form well well-sm', hidden: true});
    this.list = element('div', {class: 'redaction-marks'});
    this.copyArea = element('div', {class: 'redaction-copy'});
    this.root = element('div', {class: 'redaction', id: 'redaction-viewer', 'data-document': this.doc.id}, [
      heading,
      this.doc.kind === 'RESPONSE_BUNDLE' ? '' : element('p', {class: 'text-muted'}, [
        'Only response bundle documents go into the response pack.']),
      element('div', {class: 'redaction-toolbar'}, [
        this.previous, ' ', this.pageLabel, ' ', this.next, ' ', this.withhold, ' ', copy, ' ', close]),
      element('p', {class: 'help-block'}, [
        'Drag over what to remove, then choose the line of the redaction log it rests on. '
        + 'Keyboard: focus the page, press Enter to place an area, arrows move it, Shift+arrows size it, '
        + 'Enter keeps it, Escape drops it.']),
      element('div', {class: 'redaction-body'}, [
        this.stage,
        element('div', {class: 'redaction-side'}, [
          this.status, this.form, element('h5', {}, ['Marks on this document']), this.list])
      ]),
      this.copyArea
    ]);
    area.append(this.root);
  }

  async start() {
    this.say('Opening ' + this.doc.fileName + '…');
    try {
      if (this.doc.contentType === PDF) {
        this.pdf = await openPdf(await bytes(this.doc.downloadUrl + '?inline=true'));
        this.pageCount = this.pdf.numPages;
      } else {
        this.image = await loadImage(this.doc.downloadUrl + '?inline=true', this.doc.fileName);
        this.pageCount = 1;
      }
    } catch (error) {
      this.say(this.doc.fileName + ' cannot be redacted: ' + unreadable(error), true);
      return;
    }
    this.drawing();
    await this.loadMarks();
    await this.show(1);
  }

  /** Lets PDF.js free the document and its pages. */
  destroy() {
    if (this.pdf) {
      this.pdf.destroy();
      this.pdf = null;
    }
  }

  say(text, problem = false) {
    this.status.textContent = text;
    this.status.classList.toggle('text-danger', problem);
  }

  async loadMarks() {
    try {
      this.marks = await read(this.marksPath);
    } catch (error) {
      this.marks = [];
      if (error.status === 403) {
        this.mayRedact = false;
        this.withhold.disabled = true;
        this.say('Your groups may read this document but not redact it.');
      } else {
        this.say('The marks could not be read: ' + error.message, true);
      }
    }
    this.showList();
  }

  /** Draws page {@code number} and its marks; the page's mapping between screen and document. */
  async show(number) {
    if (number < 1 || number > this.pageCount) {
      return;
    }
    this.pageNumber = number;
    this.cancel();
    this.pageLabel.textContent = 'Page ' + number + ' of ' + this.pageCount;
    this.previous.disabled = number === 1;
    this.next.disabled = number === this.pageCount;
    // the page beside the form and the marks where there is room for both, above them where not
    const available = (this.root.clientWidth || 800) - 4;
    const width = Math.max(320, Math.min(760, available >= 2 * SIDE ? available - SIDE : available));
    let drawn;
    if (this.pdf) {
      const page = await this.pdf.getPage(number);
      const unscaled = page.getViewport({scale: 1});
      const viewport = page.getViewport({scale: width / unscaled.width});
      const ratio = window.devicePixelRatio || 1;
      const canvas = element('canvas', {
        class: 'redaction-page', width: Math.floor(viewport.width * ratio), height: Math.floor(viewport.height * ratio),
        'aria-hidden': 'true'
      });
      canvas.style.width = viewport.width + 'px';
      canvas.style.height = viewport.height + 'px';
      await page.render({
        canvasContext: canvas.getContext('2d'), viewport, transform: ratio === 1 ? null : [ratio, 0, 0, ratio, 0, 0]
      }).promise;
      drawn = canvas;
      this.mapping = pdfMapping(viewport);
    } else {
      const pixelWidth = this.image.naturalWidth;
      const pixelHeight = this.image.naturalHeight;
      const scale = width / pixelWidth;
      this.image.style.width = width + 'px';
      this.image.style.height = pixelHeight * scale + 'px';
      drawn = this.image;
      this.mapping = imageMapping(pixelWidth, pixelHeight, scale);
    }
    this.stage.style.width = this.mapping.width + 'px';
    this.stage.style.height = this.mapping.height + 'px';
    this.overlay.style.width = this.mapping.width + 'px';
    this.overlay.style.height = this.mapping.height + 'px';
    this.stage.replaceChildren(drawn, this.overlay);
    this.stage.dataset.page = String(number);
    this.drawMarks();
    if (this.mayRedact) {
      this.say('Page ' + number + ' of ' + this.pageCount + '.');
    }
  }

  drawMarks() {
    const boxes = this.marks.filter(mark => mark.page === this.pageNumber).map(mark => {
      if (mark.wholePage) {
        return element('div', {class: 'redaction-withheld', 'data-mark': mark.id}, ['Page withheld (line ' + mark.redactionId + ')']);
      }
      const box = this.mapping.toScreen(mark);
      const node = element('div', {class: 'redaction-mark', 'data-mark': mark.id, title: 'Mark ' + mark.id + ', line ' + mark.redactionId});
      place(node, box);
      return node;
    });
    this.overlay.replaceChildren(...boxes, ...(this.pending ? [this.pending.node] : []));
  }

  /** The mouse and keyboard ways of drawing a rectangle on the overlay. */
  drawing() {
    let start = null;
    const point = event => {
      const bounds = this.overlay.getBoundingClientRect();
      return {
        x: clamp(event.clientX - bounds.left, 0, this.mapping.width),
        y: clamp(event.clientY - bounds.top, 0, this.mapping.height)
      };
    };
    this.overlay.addEventListener('pointerdown', event => {
      if (!this.mayRedact || event.button !== 0) {
        return;
      }
      event.preventDefault();
      // the keyboard then works on the page that was clicked
      this.overlay.focus({preventScroll: true});
      this.overlay.setPointerCapture(event.pointerId);
      this.cancel();
      start = point(event);
      this.pending = {box: {left: start.x, top: start.y, width: 0, height: 0}, node: element('div', {class: 'redaction-pending'})};
      this.overlay.append(this.pending.node);
      place(this.pending.node, this.pending.box);
    });
    this.overlay.addEventListener('pointermove', event => {
      if (!start || !this.pending) {
        return;
      }
      const now = point(event);
      this.pending.box = {
        left: Math.min(start.x, now.x), top: Math.min(start.y, now.y),
        width: Math.abs(now.x - start.x), height: Math.abs(now.y - start.y)
      };
      place(this.pending.node, this.pending.box);
    });
    const finish = () => {
      if (!start) {
        return;
      }
      start = null;
      if (!this.pending || this.pending.box.width < 3 || this.pending.box.height < 3) {
        this.cancel();
        return;
      }
      this.ask({box: this.pending.box});
    };
    this.overlay.addEventListener('pointerup', finish);
    this.overlay.addEventListener('pointercancel', () => {
      start = null;
      this.cancel();
    });
    this.overlay.addEventListener('keydown', event => this.key(event));
  }

  key(event) {
    if (!this.mayRedact) {
      return;
    }
    const arrows = {ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1]};
    if (event.key === 'Enter') {
      event.preventDefault();
      if (this.pending && this.form.hidden) {
        this.ask({box: this.pending.box});
      } else if (!this.pending) {
        const width = Math.min(160, this.mapping.width / 3);
        this.pending = {
          box: {left: (this.mapping.width - width) / 2, top: this.mapping.height / 4, width, height: 24},
          node: element('div', {class: 'redaction-pending'}), keyboard: true
        };
        this.overlay.append(this.pending.node);
        place(this.pending.node, this.pending.box);
        this.say('An area is placed on page ' + this.pageNumber + ': move it with the arrow keys, size it with Shift, Enter to keep it.');
      }
    } else if (event.key === 'Escape') {
      event.preventDefault();
      this.cancel();
    } else if (arrows[event.key] && this.pending && this.form.hidden) {
      event.preventDefault();
      const [dx, dy] = arrows[event.key].map(d => d * (event.altKey ? 1 : STEP));
      const box = {...this.pending.box};
      if (event.shiftKey) {
        box.width = clamp(box.width + dx, 4, this.mapping.width - box.left);
        box.height = clamp(box.height + dy, 4, this.mapping.height - box.top);
      } else {
        box.left = clamp(box.left + dx, 0, this.mapping.width - box.width);
        box.top = clamp(box.top + dy, 0, this.mapping.height - box.height);
      }
      this.pending.box = box;
      place(this.pending.node, box);
    }
  }

  /** Drops the area being drawn and closes the form. */
  cancel() {
    if (this.pending) {
      this.pending.node.remove();
      this.pending = null;
    }
    this.form.hidden = true;
    this.form.replaceChildren();
  }

  /** The form resting a new mark ({box} on screen, or {wholePage}) on a line of the log. */
  ask(what) {
    if (!this.mayRedact) {
      return;
    }
    if (what.wholePage) {
      if (this.pending) {
        this.pending.node.remove();
        this.pending = null;
      }
    }
    const NEW = 'new';
    const line = element('select', {class: 'form-control input-sm', name: 'redactionId', id: 'redaction-line'}, [
      ...this.lines.map(l => element('option', {value: String(l.id)}, [lineLabel(l)])),
      element('option', {value: NEW}, ['A new line of the redaction log…'])
    ]);
    if (!this.lines.length) {
      line.value = NEW;
    }
    const location = element('input', {
      class: 'form-control input-sm', name: 'location', maxlength: '500',
      value: this.doc.fileName + ', page ' + this.pageNumber
    });
    const fields = redactionLineFields(this.ws.exemptions, location);
    const newLine = element('fieldset', {class: 'redaction-new-line'}, [
      element('legend', {}, ['New line of the redaction log']),
      element('label', {}, ['Where', location]),
      element('label', {}, ['Exemption', fields.exemption]),
      element('label', {}, ['Why', fields.reasoning]),
      fields.otherConsent,
      fields.thirdParty
    ]);
    const shown = () => {
      newLine.hidden = line.value !== NEW;
    };
    line.addEventListener('change', shown);
    shown();
    const save = element('button', {type: 'submit', class: 'btn btn-primary btn-sm'}, [what.wholePage ? 'Withhold page' : 'Save mark']);
    const drop = button('Cancel', {}, () => {
      this.cancel();
      this.overlay.focus();
    });
    this.form.replaceChildren(
      element('p', {}, [what.wholePage
        ? 'Withhold the whole of page ' + this.pageNumber + ', resting on:'
        : 'Remove the marked area of page ' + this.pageNumber + ', resting on:']),
      element('label', {for: 'redaction-line', class: 'sr-only'}, ['Line of the redaction log']),
      line, newLine, save, ' ', drop);
    this.form.onsubmit = async event => {
      event.preventDefault();
      save.disabled = true;
      try {
        let redactionId;
        if (line.value === NEW) {
          const added = await send('POST', this.base + '/redactions', fields.body());
          this.lines.push(added);
          redactionId = added.id;
        } else {
          redactionId = Number(line.value);
        }
        const mark = what.wholePage
          ? {page: this.pageNumber, wholePage: true, redactionId}
          : {page: this.pageNumber, ...this.mapping.toDocument(what.box), redactionId};
        const saved = await send('POST', this.marksPath, mark);
        this.marks.push(saved);
        this.cancel();
        this.drawMarks();
        this.showList();
        this.say('Mark ' + saved.id + ' saved on page ' + saved.page + '.');
        this.overlay.focus();
      } catch (error) {
        save.disabled = false;
        this.say('Not saved: ' + error.message, true);
      }
    };
    this.form.hidden = false;
    line.focus();
  }

  showList() {
    if (!this.marks.length) {
      this.list.replaceChildren(element('p', {class: 'text-muted'}, ['None yet.']));
      return;
    }
    const lines = new Map(this.lines.map(l => [l.id, l]));
    const rows = this.marks.map(mark => {
      const go = element('a', {href: ''}, ['Page ' + mark.page]);
      go.addEventListener('click', event => {
        event.preventDefault();
        this.show(mark.page);
      });
      const remove = button('Remove', {class: 'btn btn-link btn-xs', 'data-mark': mark.id}, async () => {
        try {
          await send('DELETE', this.marksPath + '/' + mark.id);
          this.marks = this.marks.filter(other => other.id !== mark.id);
          this.drawMarks();
          this.showList();
          this.say('Mark ' + mark.id + ' removed.');
        } catch (error) {
          this.say('Not removed: ' + error.message, true);
        }
      });
      remove.disabled = !this.mayRedact;
      const line = lines.get(mark.redactionId);
      return element('tr', {'data-mark': mark.id}, [
        element('td', {class: 'redaction-mark-page'}, [go]),
        element('td', {}, [
          mark.wholePage ? 'Whole page withheld' : 'Area ' + Math.round(mark.width) + ' × ' + Math.round(mark.height),
          element('br'), line ? lineLabel(line) : 'Line ' + mark.redactionId, element('br'),
          element('small', {class: 'text-muted'}, [mark.markedBy + ', ' + when(mark.markedAt)])]),
        element('td', {}, [remove])
      ]);
    });
    this.list.replaceChildren(element('table', {class: 'table table-condensed', id: 'redaction-marks-list'}, [
      element('thead', {}, [element('tr', {}, ['Page', 'Mark and the line it rests on', ''].map(h => element('th', {}, [h])))]),
      element('tbody', {}, rows)
    ]));
  }

  /** Has the server make the redacted copy and draws every page of it, as the requester would see it. */
  async previewCopy() {
    this.copyArea.replaceChildren(element('p', {class: 'text-muted'}, ['Making the redacted copy…']));
    try {
      const made = await send('POST', this.base + '/documents/' + this.doc.id + '/redacted-copy');
      const url = API + this.base + '/redacted-copies/' + made.id;
      const copy = await openPdf(await bytes(url));
      const pages = [];
      for (let n = 1; n <= copy.numPages; n++) {
        const page = await copy.getPage(n);
        const unscaled = page.getViewport({scale: 1});
        const viewport = page.getViewport({scale: Math.min(1, 440 / unscaled.width)});
        const canvas = element('canvas', {class: 'redaction-copy-page', width: Math.floor(viewport.width), height: Math.floor(viewport.height),
          'aria-label': 'Redacted copy, page ' + n, role: 'img'});
        await page.render({canvasContext: canvas.getContext('2d'), viewport}).promise;
        pages.push(element('figure', {}, [canvas, element('figcaption', {class: 'text-muted'}, ['Page ' + n + ' of ' + copy.numPages])]));
      }
      // the pages are drawn: PDF.js may let the copy go
      copy.destroy();
      this.copyArea.replaceChildren(
        element('h5', {}, ['Redacted copy']),
        element('p', {id: 'redaction-copy-summary'}, [
          made.pageCount + ' page(s), made ' + when(made.producedAt) + ' by ' + made.producedBy + '. SHA-256 ' + made.sha256 + '. ',
          element('a', {href: url, download: this.doc.fileName.replace(/\.[^.]*$/, '') + '-redacted.pdf'}, ['Download'])]),
        element('div', {class: 'redaction-copy-pages'}, pages));
    } catch (error) {
      this.copyArea.replaceChildren(element('p', {class: 'text-danger'}, ['No redacted copy: ' + error.message]));
    }
  }
}

/** Screen ↔ PDF user space (points from the page's bottom-left), through PDF.js's own viewport. */
function pdfMapping(viewport) {
  return {
    width: viewport.width,
    height: viewport.height,
    toDocument(box) {
      const [x1, y1] = viewport.convertToPdfPoint(box.left, box.top);
      const [x2, y2] = viewport.convertToPdfPoint(box.left + box.width, box.top + box.height);
      return rounded(Math.min(x1, x2), Math.min(y1, y2), Math.abs(x2 - x1), Math.abs(y2 - y1));
    },
    toScreen(mark) {
      const [x1, y1, x2, y2] = viewport.convertToViewportRectangle([mark.x, mark.y, mark.x + mark.width, mark.y + mark.height]);
      return {left: Math.min(x1, x2), top: Math.min(y1, y2), width: Math.abs(x2 - x1), height: Math.abs(y2 - y1)};
    }
  };
}

/** Screen ↔ an image's pixels counted from its bottom-left corner, as the server counts them. */
function imageMapping(pixelWidth, pixelHeight, scale) {
  return {
    width: pixelWidth * scale,
    height: pixelHeight * scale,
    toDocument(box) {
      return rounded(box.left / scale, pixelHeight - (box.top + box.height) / scale, box.width / scale, box.height / scale);
    },
    toScreen(mark) {
      return {left: mark.x * scale, top: (pixelHeight - mark.y - mark.height) * scale, width: mark.width * scale, height: mark.height * scale};
    }
  };
}

function rounded(x, y, width, height) {
  const round = value => Math.round(value * 100) / 100;
  return {x: round(x), y: round(y), width: round(width), height: round(height)};
}

/**
 * The image as the server reads it: its pixels as stored, not turned by its EXIF orientation
 * (redaction.css sets image-orientation: none), so an area lands where the server paints it.
 */
function loadImage(url, name) {
  return new Promise((resolve, reject) => {
    const image = element('img', {class: 'redaction-page redaction-image', alt: name, draggable: 'false'});
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('it is not an image this browser can show'));
    image.src = url;
  });
}

function place(node, box) {
  node.style.left = box.left + 'px';
  node.style.top = box.top + 'px';
  node.style.width = box.width + 'px';
  node.style.height = box.height + 'px';
}

function clamp(value, low, high) {
  return Math.max(low, Math.min(high, value));
}
