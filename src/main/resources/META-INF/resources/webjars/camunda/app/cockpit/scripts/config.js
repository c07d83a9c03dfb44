// Cockpit configuration of InfoRights Casework: Camunda's defaults plus the statutory deadline
// dashboard plugin (app/cockpit/statutory-deadlines/plugin.js).
export default {
  app: {
    name: 'Cockpit',
    vendor: 'InfoRights Casework'
  },
  customScripts: ['statutory-deadlines/plugin']
};
