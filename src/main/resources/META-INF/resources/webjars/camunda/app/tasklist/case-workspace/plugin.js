// The "Case" tab of every task in Tasklist: the task's case (its process instance's business key
// is the case reference), with the parts the signed-in user's groups may see.
import {element, read, showCase} from './workspace.js';

export default {
  id: 'inforights.caseWorkspace',
  pluginPoint: 'tasklist.task.detail',
  label: 'Case',
  // after the form (1000), before history (800), diagram and description
  priority: 900,
  render: async (node, {taskId}) => {
    node.replaceChildren(element('p', {class: 'text-muted'}, ['Loading the case…']));
    try {
      const task = await read('/tasks/' + encodeURIComponent(taskId) + '/case');
      await showCase(node, task.reference);
    } catch (error) {
      node.replaceChildren(element('p', {class: 'text-muted'}, [
        error.status === 404 ? 'This task belongs to no case.' : 'The case could not be read: ' + error.message]));
    }
  }
};
