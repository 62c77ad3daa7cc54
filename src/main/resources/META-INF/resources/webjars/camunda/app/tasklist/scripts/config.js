// Core Group's Tasklist configuration. It replaces the camunda-webapp-webjar's config.js (the
// application's classpath comes first) and holds only what we set; everything else keeps
// Tasklist's default. See docs/adr/0020-tasklist-for-practitioners.md.
export default {
  // The header reads "Core Group tasks" (vendor, then name).
  app: {
    vendor: 'Core Group',
    name: 'tasks'
  },
  // UK dates wherever Tasklist shows one (moment.js formats).
  dateFormat: {
    normal: 'D MMM YYYY, HH:mm',
    long: 'dddd, D MMMM YYYY HH:mm'
  },
  disableWelcomeMessage: true,
  customScripts: [
    // ADR 0010: Camunda Forms with a dynamic list can be submitted.
    'coregroup/camunda-forms-validity',
    // ADR 0020: due dates, sorting, messages by the button, a confirmation, the oversight link.
    'coregroup/practitioner-tasklist',
    // ADR 0035: the case reference on a start form offers the user's own open cases.
    'coregroup/case-choices'
  ]
};
