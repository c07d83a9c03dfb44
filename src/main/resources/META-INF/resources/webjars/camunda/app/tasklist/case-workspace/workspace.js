// The case workspace: everything about a case that the signed-in user's groups may see, read from
// the application (GET /api/cases/{reference}/workspace) with the Tasklist session. Shared by the
// task's "Case" tab and "Find a case". Every text is set as text, never as HTML. Changes (notes,
// documents, redaction lines) carry the webapps' CSRF token, as Tasklist's own requests do.

import {responsePack} from './response.js';
import {redactButton} from './redaction.js';
import {redactionLineFields} from './redaction-line.js';

const API = '/api';

export function element(tag, attributes = {}, children = []) {
  const node = document.createElement(tag);
  Object.entries(attributes).forEach(([name, value]) => {
    if (value !== undefined && value !== null && value !== false) {
      node.setAttribute(name, value === true ? '' : value);
    }
  });
  children.forEach(child => node.append(child instanceof Node ? child : document.createTextNode(String(child ?? ''))));
  return node;
}

export function csrfToken() {
  const cookie = document.cookie.split(';').map(part => part.trim()).find(part => part.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : '';
}

export async function read(path) {
  const response = await fetch(API + path, {credentials: 'same-origin', headers: {Accept: 'application/json'}});
  if (!response.ok) {
    const error = new Error(await problem(response));
    error.status = response.status;
    throw error;
  }
  return response.json();
}

export async function write(path, body, json = true) {
  const headers = {Accept: 'application/json', 'X-XSRF-TOKEN': csrfToken()};
  if (json) {
    headers['Content-Type'] = 'application/json';
  }
  const response = await fetch(API + path, {
    method: 'POST',
    credentials: 'same-origin',
    headers,
    body: json ? JSON.stringify(body) : body
  });
  if (!response.ok) {
    throw new Error(await problem(response));
  }
  return response.json();
}

async function problem(response) {
  try {
    const body = await response.json();
    return body.detail || body.title || ('answered ' + response.status);
  } catch (e) {
    return 'answered ' + response.status;
  }
}

function section(id, title, children) {
  return element('section', {class: 'case-part', id: 'case-' + id}, [element('h4', {}, [title]), ...children]);
}

function table(headings, rows, attributes = {}) {
  if (rows.length === 0) {
    return element('p', {class: 'text-muted'}, ['None.']);
  }
  return element('table', {class: 'table table-condensed', ...attributes}, [
    element('thead', {}, [element('tr', {}, headings.map(heading => element('th', {}, [heading])))]),
    element('tbody', {}, rows.map(cells => element('tr', {}, cells.map(cell => element('td', {}, [cell])))))
  ]);
}

function facts(pairs) {
  return element('dl', {class: 'dl-horizontal'}, pairs
    .filter(([, value]) => value !== undefined && value !== null && value !== '')
    .flatMap(([label, value]) => [element('dt', {}, [label]), element('dd', {}, [value])]));
}

function words(code) {
  return code ? String(code).replace(/_/g, ' ').toLowerCase() : '';
}

function when(instant) {
  return instant ? new Date(instant).toLocaleString() : '';
}

function people(ws) {
  const parts = [];
  // a disclosure's requester is its requesting organisation and officer, shown below
  if (ws.requester && !ws.disclosure) {
    parts.push(element('h5', {}, ['Requester']), facts([
      ['Name', ws.requester.name],
      ['Relationship', words(ws.requester.relationship)],
      ['Channel', words(ws.requester.channel)],
      ['E-mail', ws.requesterContact && ws.requesterContact.email]
    ]));
  }
  if (ws.disclosure) {
    const d = ws.disclosure;
    parts.push(element('h5', {}, ['Requesting organisation']), facts([
      ['Organisation', d.organisation + ' (' + words(d.requesterType) + ')'],
      ['Officer', d.officerName + (d.officerRole ? ', ' + d.officerRole : '')],
      ['E-mail', ws.disclosureContact && ws.disclosureContact.email],
      ['Authorised by', d.authorisingOfficerName ? d.authorisingOfficerName + ' (' + words(d.authorisingOfficerRank) + ')' : null],
      ['Power relied on', d.legalBasisLabel + (d.legalBasisDetail ? ': ' + d.legalBasisDetail : '')],
      ['Comply with the order by', d.complyBy],
      ['Order reference', d.orderReference],
      ['Purpose', d.purpose],
      ['Data asked for', d.dataRequested],
      ['Categories', (d.dataCategories || []).map(words).join(', ')],
      ['Children', words(d.childrenScope) + ', ' + d.numberOfChildren],
      ['Sensitivity', words(d.sensitivity)],
      ['Security', d.securityArrangements],
      ['Retention', d.retentionArrangements],
      ['Urgency', words(d.urgency)],
      ['Why sharing is necessary', d.necessity],
      ['Decision', d.decision ? words(d.decision) + (d.decisionReasons ? ': ' + d.decisionReasons : '') : null],
      ['Conditions', d.conditions]
    ]));
    if ((d.approvals || []).length) {
      parts.push(element('h5', {}, ['Approvals']), table(['Step', 'Decision', 'Reasons', 'Conditions', 'By', 'When'],
        d.approvals.map(a => [words(a.step), words(a.decision), a.reasons || '', a.conditions || '', a.decidedBy || '', when(a.decidedAt)])));
    }
  }
  if (ws.children) {
    parts.push(element('h5', {}, [ws.children.length > 1 ? 'Children' : 'Child']),
      table(['Name', 'Date of birth', 'Cohort', 'Former names'],
        ws.children.map(c => [c.name, c.dateOfBirth || '', words(c.cohort), (c.formerNames || []).join(', ')]),
        {id: 'case-children'}));
  }
  if (ws.request && ws.request.description) {
    parts.push(element('h5', {}, ['What was asked for']), element('p', {class: 'case-request'}, [ws.request.description]));
  }
  return parts.length ? section('people', 'People', parts) : null;
}

/** A SAR's authority record: who passed it on, parental responsibility, the child's competence, health data. */
function authority(ws) {
  const a = ws.authority;
  if (!a) {
    return null;
  }
  const parts = [];
  if (a.intermediary) {
    const i = a.intermediary;
    parts.push(element('h5', {}, ['Passed on by (not the requester; letters never go to them)']), facts([
      ['Name', i.name],
      ['School or team', i.organisation],
      ['E-mail', i.email],
      ['How', words(i.channel)],
      ['They received it', i.receivedOn]
    ]));
  }
  if (a.child) {
    const c = a.child;
    parts.push(element('h5', {}, ['Parental responsibility and the child\'s authority']), facts([
      ['Requester\'s parental responsibility', words(c.parentalResponsibility)],
      ['Child\'s legal status', words(c.legalStatus)],
      ['Limited for this request', c.limited === true ? 'yes' : c.limited === false ? 'no' : null],
      ['Recorded by', c.responsibilityRecordedBy],
      ['Competence and authority', words(c.competence)],
      ['Factors considered', (c.competenceFactors || []).map(words).join(', ')],
      ['Best interests', c.bestInterestsReason],
      ['Decided by', c.competenceRecordedBy]
    ]));
  }
  parts.push(element('h5', {}, ['Health data']),
    table(['Route', 'Health professional', 'Profession', 'Opinion given', 'Valid until', 'Opinion', 'How the child knows', 'Recorded by', 'When'],
      (a.healthData || []).map(h => [words(h.route), h.professionalName || '', words(h.profession), h.opinionGivenOn || '',
        h.opinionValidUntil || '', words(h.opinion), h.basis || '', h.recordedBy || '', when(h.recordedAt)]),
      {id: 'case-health-data'}));
  if (a.earlierHealthOpinion) {
    const e = a.earlierHealthOpinion;
    parts.push(element('p', {class: 'case-earlier-health-opinion'}, [
      'An opinion about this child from another request may be relied on until ' + e.opinionValidUntil + ': '
        + words(e.profession) + ' ' + (e.professionalName || '') + ', given ' + e.opinionGivenOn + ', ' + words(e.opinion) + '.']));
  }
  return section('authority', 'Authority and health data', parts);
}

function clock(ws) {
  const c = ws.clock;
  if (!c) {
    return null;
  }
  return section('clock', 'The clock', [
    facts([
      ['Standing', words(c.deadlineState)],
      ['Received', c.receivedOn],
      ['Clock started', c.clockStartsOn],
      ['Due', c.dueOn],
      ['Why that date', c.dueOnExplanation],
      ['Internal target', c.targetWorkingDays != null ? c.targetWorkingDays + ' working days' : null],
      ['Extended to', c.extendedDueOn],
      ['Why that date ', c.extendedDueOnExplanation],
      ['Extension decided', c.extensionDecidedOn],
      ['Extension reasons', c.extensionReason],
      ['Days paused', c.daysPaused || null]
    ]),
    element('h5', {}, ['Stops and resumptions']),
    table(['Reason', 'Asked on', 'Answered on'], (c.clockStops || []).map(s => [words(s.reason), s.askedOn, s.receivedOn || 'waiting']))
  ]);
}

function preview(doc) {
  const inline = doc.downloadUrl + '?inline=true';
  if (doc.contentType === 'application/pdf') {
    return element('iframe', {src: inline, title: doc.fileName, class: 'case-preview', width: '100%', height: '480'});
  }
  if (doc.contentType === 'image/png' || doc.contentType === 'image/jpeg') {
    return element('img', {src: inline, alt: doc.fileName, class: 'case-preview', style: 'max-width: 100%'});
  }
  return null;
}

const KINDS = ['REQUEST_LETTER', 'IDENTITY_EVIDENCE', 'AUTHORITY_EVIDENCE', 'CORRESPONDENCE', 'RESPONSE_BUNDLE', 'OTHER'];

function documents(ws, refresh) {
  if (!ws.documents) {
    return null;
  }
  const shown = element('div', {class: 'case-preview-area'});
  const rows = ws.documents.map(doc => {
    const actions = element('span', {}, [element('a', {href: doc.downloadUrl, download: doc.fileName}, ['Download'])]);
    if (preview(doc)) {
      const button = element('button', {type: 'button', class: 'btn btn-link btn-xs'}, ['Preview']);
      button.addEventListener('click', () => {
        shown.replaceChildren(element('p', {}, [doc.fileName]), preview(doc));
      });
      actions.append(' ', button);
    }
    const redact = redactButton(ws, doc, shown, refresh);
    if (redact) {
      actions.append(' ', redact);
    }
    return [words(doc.kind), doc.fileName, Math.ceil(doc.sizeBytes / 1024) + ' KB', doc.uploadedBy, when(doc.uploadedAt), actions];
  });
  // only the kinds the user may open again: a record owner uploading "identity evidence" would lose sight of it
  const parts = ws.parts || [];
  const kind = element('select', {class: 'form-control input-sm', name: 'kind'},
    KINDS.filter(k => parts.includes(k === 'IDENTITY_EVIDENCE' ? 'IDENTITY_EVIDENCE' : 'OTHER_DOCUMENTS'))
      .map(k => element('option', {value: k}, [words(k)])));
  const file = element('input', {type: 'file', name: 'file', class: 'form-control input-sm'});
  const status = element('span', {class: 'help-inline'});
  const upload = element('form', {class: 'form-inline case-upload'}, [
    kind, ' ', file, ' ', element('button', {type: 'submit', class: 'btn btn-default btn-sm'}, ['Upload']), ' ', status]);
  upload.addEventListener('submit', async event => {
    event.preventDefault();
    if (!file.files.length) {
      status.textContent = 'Choose a file first.';
      return;
    }
    const body = new FormData();
    body.append('file', file.files[0]);
    try {
      await write('/cases/' + encodeURIComponent(ws.reference) + '/attachments?kind=' + kind.value, body, false);
      refresh();
    } catch (error) {
      status.textContent = 'Not uploaded: ' + error.message;
    }
  });
  return section('documents', 'Documents', [
    table(['Kind', 'File', 'Size', 'By', 'When', ''], rows, {id: 'case-documents-list'}), shown, upload]);
}

function notes(ws, refresh) {
  if (!ws.notes) {
    return null;
  }
  const text = element('textarea', {class: 'form-control', rows: '3', maxlength: '4000', name: 'note'});
  const status = element('span', {class: 'help-inline'});
  const form = element('form', {class: 'case-note-form'}, [
    text, element('button', {type: 'submit', class: 'btn btn-default btn-sm'}, ['Add note']), ' ', status]);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    try {
      await write('/cases/' + encodeURIComponent(ws.reference) + '/notes', {text: text.value});
      refresh();
    } catch (error) {
      status.textContent = 'Not saved: ' + error.message;
    }
  });
  return section('notes', 'Notes', [
    element('ul', {class: 'list-unstyled', id: 'case-notes-list'}, ws.notes.map(note =>
      element('li', {}, [element('small', {class: 'text-muted'}, [note.author + ', ' + when(note.writtenAt)]), element('p', {}, [note.text])]))),
    form
  ]);
}

function redactions(ws, refresh) {
  if (!ws.redactions) {
    return null;
  }
  const location = element('input', {class: 'form-control input-sm', name: 'location', placeholder: 'Where (page, paragraph)', maxlength: '500'});
  const line = redactionLineFields(ws.exemptions, location);
  const status = element('span', {class: 'help-inline'});
  const form = element('form', {class: 'case-redaction-form'}, [
    location, line.exemption, line.reasoning, line.otherConsent, line.thirdParty, ' ',
    element('button', {type: 'submit', class: 'btn btn-default btn-sm'}, ['Add line']), ' ', status]);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    try {
      await write('/cases/' + encodeURIComponent(ws.reference) + '/redactions', line.body());
      refresh();
    } catch (error) {
      status.textContent = 'Not saved: ' + error.message;
    }
  });
  return section('redactions', 'Redaction log', [
    table(['Where', 'Exemption', 'Reference', 'Why', 'Consent', 'By', 'When'],
      ws.redactions.map(r => [r.location, words(r.exemption), r.statutoryReference, r.reasoning, consentText(r), r.recordedBy, when(r.recordedAt)])),
    form
  ]);
}

/** What became of consent: a third party's outcome and role, or whether anyone was asked. */
function consentText(r) {
  if (r.consentOutcome) {
    return words(r.consentOutcome) + ' (' + words(r.thirdPartyRole) + ')';
  }
  return r.consentSought ? 'yes' : 'no';
}

function linkedCases(ws, open) {
  if (!ws.linkedCases) {
    return null;
  }
  return section('linked', 'Other cases about the same child', [
    table(['Reference', 'Type', 'Status', 'Received', ''], ws.linkedCases.map(other => {
      const link = element('a', {href: '', 'data-reference': other.reference}, [other.reference]);
      link.addEventListener('click', event => {
        event.preventDefault();
        open(other.reference);
      });
      return [link, words(other.type), words(other.status), other.receivedOn, other.linked ? 'linked at intake' : 'earlier request'];
    }))
  ]);
}

/** Every place the request's search plan covers, each search with who, when and what was found. */
function searchPlan(plan) {
  if (!plan) {
    return null;
  }
  const rows = [];
  plan.places.forEach(place => {
    if (!place.searches.length) {
      rows.push([place.label, 'not yet searched', '', '', '']);
    }
    place.searches.forEach(s => rows.push([place.label, s.searchedOn, s.searchedBy, words(s.outcome), s.found || '']));
  });
  return section('search-plan', 'Search plan', [
    table(['Place', 'Searched on', 'By', 'Outcome', 'Found'], rows, {id: 'case-search-plan'}),
    element('p', {}, ['Supported access (reading the file with a worker): ',
      plan.supportedAccess ? words(plan.supportedAccess) : 'not yet asked'])]);
}

function letters(ws) {
  if (!ws.letters) {
    return null;
  }
  if (ws.letters.length === 0) {
    return section('letters', 'Letters sent', [element('p', {class: 'text-muted'}, ['None.'])]);
  }
  // each letter with its date; its text as sent opens beneath it
  return section('letters', 'Letters sent', [element('ul', {class: 'list-unstyled', id: 'case-letters-list'},
    ws.letters.map(l => element('li', {class: 'case-letter'}, [
      element('details', {}, [
        element('summary', {}, [words(l.letter) + ', sent ' + when(l.sentAt) + ' by ' + l.sentBy]),
        l.text == null
          ? element('p', {class: 'text-muted'}, ['Its text was not kept (sent before letters were kept whole).'])
          : element('div', {}, [
            element('p', {}, [element('strong', {}, ['Subject: ']), l.subject]),
            element('pre', {class: 'case-letter-text', style: 'white-space: pre-wrap'}, [l.text])])
      ])])))]);
}

function audit(ws) {
  if (!ws.audit) {
    return null;
  }
  return section('audit', 'Audit trail', [
    table(['When', 'Who', 'What', 'Detail'], ws.audit.map(a => [when(a.occurredAt), a.actor, words(a.action), a.detail || '']))]);
}

/**
 * Shows the case with this reference in {@code node}; a linked case opens in its place, with a way
 * back. {@code start} is the case the view was opened for.
 */
export async function showCase(node, reference, start = reference) {
  node.replaceChildren(element('p', {class: 'text-muted'}, ['Loading ' + reference + '…']));
  const open = other => showCase(node, other, start);
  try {
    const ws = await read('/cases/' + encodeURIComponent(reference) + '/workspace');
    const heading = element('h3', {class: 'case-heading'}, [ws.reference + ' · ' + words(ws.type) + ' · ' + words(ws.status)]);
    const parts = [heading];
    if (reference !== start) {
      const back = element('a', {href: ''}, ['Back to ' + start]);
      back.addEventListener('click', event => {
        event.preventDefault();
        open(start);
      });
      parts.push(element('p', {}, [back]));
    }
    const refresh = () => open(reference);
    const plan = ws.type === 'SAR'
      ? await read('/cases/' + encodeURIComponent(reference) + '/search-plan').catch(() => null)
      : null;
    parts.push(...[people(ws), authority(ws), clock(ws), searchPlan(plan), documents(ws, refresh), notes(ws, refresh),
      redactions(ws, refresh), linkedCases(ws, open), letters(ws), audit(ws)].filter(part => part));
    if (ws.type === 'SAR') {
      parts.push(responsePack(ws.reference, refresh)); // fills itself in, or removes itself when not the reader's
    }
    node.replaceChildren(element('div', {class: 'case-workspace', 'data-reference': ws.reference}, parts));
  } catch (error) {
    node.replaceChildren(element('p', {class: 'text-danger'}, [
      error.status === 403 ? 'Your groups may not see this case.' : 'The case could not be read: ' + error.message]));
  }
}
