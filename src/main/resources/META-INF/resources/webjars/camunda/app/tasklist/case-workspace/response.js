// The "Response pack" section of a SAR's Case tab: the pack as the requester will receive it, the
// manager's approval (which pack, by whom, when) and whether the pack changed since, the download
// links issued, their downloads (the proof of delivery), a new link, the code letter to post and
// the print-ready postal pack. Read from GET /api/cases/{reference}/delivery; officers and managers
// only, so for anyone else the section removes itself. Texts are set as text, never as HTML.
import {element, read, write} from './workspace.js';

function when(instant) {
  return instant ? new Date(instant).toLocaleString() : '';
}

function short(hash) {
  return hash ? hash.substring(0, 12) + '…' : '';
}

function facts(pairs) {
  return element('dl', {class: 'dl-horizontal'}, pairs
    .filter(([, value]) => value !== undefined && value !== null && value !== '')
    .flatMap(([label, value]) => [element('dt', {}, [label]), element('dd', {}, [value])]));
}

const STATES = {
  ACTIVE: 'active',
  LOCKED: 'locked (too many wrong codes)',
  EXPIRED: 'expired',
  REVOKED: 'replaced by a newer link'
};

function links(status) {
  if (!status.links.length) {
    return element('p', {class: 'text-muted'}, ['No download link issued yet.']);
  }
  return element('table', {class: 'table table-condensed', id: 'case-delivery-links'}, [
    element('thead', {}, [element('tr', {}, ['Link', 'State', 'Issued', 'By', 'Available until', 'Code by',
      'Wrong codes', 'Downloads', 'Last download'].map(h => element('th', {}, [h])))]),
    element('tbody', {}, status.links.map(link => element('tr', {}, [
      '#' + link.id, STATES[link.state] || link.state, when(link.issuedAt), link.issuedBy, when(link.expiresAt),
      link.codeRoute === 'LETTER' ? 'letter' : 'second e-mail', String(link.failedAttempts), String(link.downloads),
      when(link.lastDownloadAt)
    ].map(cell => element('td', {}, [cell])))))
  ]);
}

/** The section for the case; it loads itself. */
export function responsePack(reference, refresh) {
  const base = '/cases/' + encodeURIComponent(reference);
  const node = element('section', {class: 'case-part', id: 'case-response'}, [
    element('h4', {}, ['Response pack']), element('p', {class: 'text-muted'}, ['Loading…'])]);
  read(base + '/delivery').then(status => {
    const approval = status.approval;
    const parts = [element('h4', {}, ['Response pack'])];
    parts.push(element('p', {}, [
      element('a', {href: '/api' + base + '/response-pack', download: reference + '-response-pack.pdf', id: 'case-response-pack'},
        ['Download the response pack (PDF)']),
      ' — exactly what the requester receives.'
    ]));
    parts.push(facts([
      ['Pack now', short(status.currentSha256)],
      ['Approved pack', approval ? short(approval.sha256) : 'not approved'],
      ['Approved by', approval ? approval.approvedBy : null],
      ['Approved', approval ? when(approval.approvedAt) : null],
      ['Since approval', approval ? (status.changedSinceApproval ? 'CHANGED: must be approved again' : 'unchanged') : null],
      ['Downloads', String(status.downloads)]
    ]));
    if (status.changedSinceApproval) {
      parts.push(element('p', {class: 'text-danger'}, ['The pack changed after approval: nothing can be sent until a manager approves it again.']));
    }
    parts.push(element('h5', {}, ['Download links']), links(status));
    const actions = element('p', {class: 'case-delivery-actions'});
    const message = element('span', {class: 'help-inline', role: 'status'});
    if (status.links.length) {
      const reissue = element('button', {type: 'button', class: 'btn btn-default btn-sm', id: 'case-delivery-reissue'},
        ['Send a new link and code (the old link stops working)']);
      reissue.addEventListener('click', async () => {
        reissue.disabled = true;
        try {
          await write(base + '/delivery/links', {});
          refresh();
        } catch (error) {
          message.textContent = 'No new link: ' + error.message;
          reissue.disabled = false;
        }
      });
      actions.append(reissue, ' ');
    }
    if (status.codeLetterWaiting) {
      actions.append(element('a', {href: '/api' + base + '/delivery/code-letter', class: 'btn btn-default btn-sm',
        download: reference + '-code-letter.pdf'}, ['Print the code letter (once)']), ' ');
    }
    if (approval && !status.changedSinceApproval) {
      actions.append(element('a', {href: '/api' + base + '/delivery/postal-pack', class: 'btn btn-default btn-sm',
        download: reference + '-postal-pack.pdf'}, ['Postal pack to print (covering letter and pack)']), ' ');
    }
    actions.append(message);
    parts.push(actions);
    node.replaceChildren(...parts);
  }).catch(error => {
    if (error.status === 403) {
      node.remove();
    } else {
      node.replaceChildren(element('h4', {}, ['Response pack']),
        element('p', {class: 'text-muted'}, ['The response pack could not be read: ' + error.message]));
    }
  });
  return node;
}
