// Tasklist configuration of InfoRights Casework: Camunda's defaults (the keyboard shortcuts) plus
// the "Case" tab of every task (app/tasklist/case-workspace/plugin.js) and "Find a case" in the
// header (app/tasklist/case-search/plugin.js).
export default {
  app: {
    name: 'Tasklist',
    vendor: 'InfoRights Casework'
  },
  customScripts: ['case-workspace/plugin', 'case-search/plugin'],
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'sets the focus to the first input field in a task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'opens the start process modal dialog'
    }
  }
};
