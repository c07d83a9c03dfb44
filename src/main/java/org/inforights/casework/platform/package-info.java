/**
 * How the application runs Camunda: users, groups and their authorizations, the webapps' and the
 * REST API's security, Tasklist's shared filters, the engine plugin that keeps personal data out of
 * history and checks every task form on the server, and the deployment of models from
 * {@code processes/} under the house rules ({@code platform.modelrules}).
 */
package org.inforights.casework.platform;
