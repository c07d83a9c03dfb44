// "Find a case" in Tasklist's header: search by reference, the child's name and/or date of birth,
// or the requester's name (GET /api/cases). A result opens the case and lists its open tasks,
// each a link to the task in Tasklist. Searching is for the IG team; others see a notice.
import {element, read, showCase} from '../case-workspace/workspace.js';

function field(label, name, type = 'text') {
  const input = element('input', {type, name, id: 'case-search-' + name, class: 'form-control input-sm'});
  return [element('div', {class: 'form-group'}, [element('label', {for: 'case-search-' + name}, [label]), ' ', input]), input];
}

function results(found, detail) {
  if (found.length === 0) {
    return element('p', {}, ['No case matches.']);
  }
  return element('table', {class: 'table table-condensed', id: 'case-search-results'}, [
    element('thead', {}, [element('tr', {}, ['Reference', 'Type', 'Status', 'Received', 'Due', 'Child', 'Open tasks']
      .map(heading => element('th', {}, [heading])))]),
    element('tbody', {}, found.map(result => {
      const open = element('a', {href: ''}, [result.reference]);
      open.addEventListener('click', event => {
        event.preventDefault();
        showCase(detail, result.reference);
      });
      const tasks = element('ul', {class: 'list-unstyled'}, result.openTasks.map(task =>
        element('li', {}, [element('a', {href: '#/?task=' + encodeURIComponent(task.id)}, [task.name || task.id])])));
      return element('tr', {}, [
        element('td', {}, [open]), element('td', {}, [result.type]), element('td', {}, [result.status]),
        element('td', {}, [result.receivedOn]), element('td', {}, [result.dueOn]),
        element('td', {}, [result.children.join(', ')]), element('td', {}, [tasks])]);
    }))
  ]);
}

function dialog() {
  const [referenceGroup, reference] = field('Reference', 'reference');
  const [childGroup, childName] = field('Child\'s name', 'childName');
  const [birthGroup, childDateOfBirth] = field('Child\'s date of birth', 'childDateOfBirth', 'date');
  const [requesterGroup, requesterName] = field('Requester\'s name', 'requesterName');
  const list = element('div', {class: 'case-search-list'});
  const detail = element('div', {class: 'case-search-detail'});
  const form = element('form', {class: 'form-inline', id: 'case-search-form'}, [
    referenceGroup, ' ', childGroup, ' ', birthGroup, ' ', requesterGroup, ' ',
    element('button', {type: 'submit', class: 'btn btn-primary btn-sm'}, ['Search'])]);
  const close = element('button', {type: 'button', class: 'close', 'aria-label': 'Close'}, ['×']);
  const overlay = element('div', {class: 'modal', style: 'display: block; overflow-y: auto', role: 'dialog', id: 'case-search'}, [
    element('div', {class: 'modal-dialog modal-lg'}, [element('div', {class: 'modal-content'}, [
      element('div', {class: 'modal-header'}, [close, element('h4', {class: 'modal-title'}, ['Find a case'])]),
      element('div', {class: 'modal-body'}, [form, list, detail])])])]);
  const backdrop = element('div', {class: 'modal-backdrop in'});
  const dismiss = () => {
    overlay.remove();
    backdrop.remove();
  };
  close.addEventListener('click', dismiss);
  overlay.addEventListener('click', event => {
    if (event.target === overlay || (event.target.closest && event.target.closest('a[href^="#/?task="]'))) {
      dismiss();
    }
  });
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const query = new URLSearchParams();
    [reference, childName, childDateOfBirth, requesterName].forEach(input => {
      if (input.value.trim()) {
        query.set(input.name, input.value.trim());
      }
    });
    detail.replaceChildren();
    try {
      list.replaceChildren(results(await read('/cases?' + query), detail));
    } catch (error) {
      list.replaceChildren(element('p', {class: 'text-danger'}, [
        error.status === 403 ? 'Searching for cases is for the IG team (officers, managers, the DPO).' : error.message]));
    }
  });
  document.body.append(backdrop, overlay);
  reference.focus();
}

export default {
  id: 'inforights.caseSearch',
  pluginPoint: 'tasklist.navbar.action',
  priority: 200,
  render: node => {
    const link = element('a', {href: '', id: 'find-a-case', title: 'Find a case'}, [
      element('span', {class: 'glyphicon glyphicon-search'}), ' Find a case']);
    link.addEventListener('click', event => {
      event.preventDefault();
      dialog();
    });
    node.replaceChildren(link);
  }
};
