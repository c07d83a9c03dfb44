// "Statutory deadlines" on the Cockpit dashboard: open cases on track, due soon and overdue per
// type; the due-soon and overdue cases with a link to their process instance; the on-time rate of
// the last 12 months. It reads the application's reports with the signed-in user's session; users
// whose groups may not see reports (only managers, the DPO and administrators may) see a notice.

const API = '/api/reports';
const STATES = ['ON_TRACK', 'DUE_SOON', 'OVERDUE'];
const LABELS = {ON_TRACK: 'On track', DUE_SOON: 'Due soon', OVERDUE: 'Overdue'};

function element(tag, attributes = {}, children = []) {
  const node = document.createElement(tag);
  Object.entries(attributes).forEach(([name, value]) => node.setAttribute(name, value));
  children.forEach(child => node.append(child instanceof Node ? child : document.createTextNode(String(child ?? ''))));
  return node;
}

async function read(path) {
  const response = await fetch(path, {credentials: 'same-origin', headers: {Accept: 'application/json'}});
  if (response.status === 401 || response.status === 403) {
    return null;
  }
  if (!response.ok) {
    throw new Error('The report answered ' + response.status);
  }
  return response.json();
}

function counts(rows) {
  const types = [...new Set(rows.map(row => row.type))].sort();
  return element('table', {class: 'table table-condensed cam-table', id: 'statutory-deadline-counts'}, [
    element('thead', {}, [element('tr', {}, [element('th', {}, ['Type']), ...STATES.map(s => element('th', {}, [LABELS[s]]))])]),
    element('tbody', {}, types.map(type => element('tr', {}, [
      element('td', {}, [type]),
      ...STATES.map(state => element('td', {}, [rows.filter(r => r.type === type && r.deadlineState === state).length]))
    ])))
  ]);
}

function urgent(rows) {
  const list = rows.filter(row => row.deadlineState !== 'ON_TRACK');
  if (list.length === 0) {
    return element('p', {}, ['No case is due soon or overdue.']);
  }
  return element('table', {class: 'table table-condensed cam-table', id: 'statutory-deadline-cases'}, [
    element('thead', {}, [element('tr', {}, ['Reference', 'Type', 'Due', 'Working days', 'Current step', 'With']
      .map(heading => element('th', {}, [heading])))]),
    element('tbody', {}, list.map(row => element('tr', {class: row.deadlineState === 'OVERDUE' ? 'danger' : 'warning'}, [
      element('td', {}, [row.processInstanceId
        ? element('a', {href: '#/process-instance/' + row.processInstanceId + '/runtime'}, [row.reference])
        : row.reference]),
      element('td', {}, [row.type]),
      element('td', {}, [row.dueOn]),
      element('td', {}, [row.workingDaysLeft < 0 ? (-row.workingDaysLeft) + ' over' : row.workingDaysLeft + ' left']),
      element('td', {}, [row.currentStep ?? '']),
      element('td', {}, [row.heldBy ?? ''])
    ])))
  ]);
}

function chart(months) {
  const width = 24 * months.length;
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('width', width);
  svg.setAttribute('height', 80);
  svg.setAttribute('id', 'statutory-deadline-chart');
  months.forEach((month, index) => {
    const share = month.percentOnTime ?? 0;
    const bar = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
    bar.setAttribute('x', index * 24 + 2);
    bar.setAttribute('y', 70 - share * 0.6);
    bar.setAttribute('width', 18);
    bar.setAttribute('height', share * 0.6);
    bar.setAttribute('fill', share >= 90 ? '#5cb85c' : '#d9534f');
    const title = document.createElementNS('http://www.w3.org/2000/svg', 'title');
    title.textContent = month.period + ': ' + (month.percentOnTime == null ? 'nothing closed' : month.percentOnTime + '% on time');
    bar.append(title);
    svg.append(bar);
  });
  return element('div', {}, [element('p', {}, ['On time, last 12 months (green: 90% or more)']), svg]);
}

export default {
  id: 'inforights.statutoryDeadlines',
  pluginPoint: 'cockpit.dashboard',
  priority: 20,
  render: async node => {
    node.innerHTML = '';
    const section = element('section', {id: 'statutory-deadlines'}, [element('h3', {}, ['Statutory deadlines'])]);
    node.append(section);
    try {
      const rows = await read(API + '/deadlines');
      if (rows === null) {
        section.append(element('p', {}, ['Deadline reports are for managers, the DPO and administrators.']));
        return;
      }
      const to = new Date();
      const from = new Date(to.getFullYear(), to.getMonth() - 11, 1);
      const iso = day => day.getFullYear() + '-' + String(day.getMonth() + 1).padStart(2, '0') + '-' + String(day.getDate()).padStart(2, '0');
      const months = await read(API + '/compliance?groupBy=month&from=' + iso(from) + '&to=' + iso(to));
      section.append(counts(rows), urgent(rows));
      if (months !== null) {
        section.append(chart(months));
      }
    } catch (error) {
      section.append(element('p', {class: 'text-danger'}, ['The deadline reports could not be read: ' + error.message]));
    }
  }
};
