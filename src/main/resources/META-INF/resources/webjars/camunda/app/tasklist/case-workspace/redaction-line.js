/*
 * The fields of a new line of the redaction log, shared by the Case tab's redaction log and the
 * redaction viewer. A third party's line says who they are, what became of asking for their
 * consent and the circumstances weighed (Data Protection Act 2018 Sch 2 Pt 3 para 16(3)); a
 * professional acting in their role is normally disclosed (para 17), so withholding one needs a
 * reason. The server checks every rule and names the field it refuses.
 */
import {element} from './workspace.js';

const THIRD_PARTY = 'THIRD_PARTY_DATA';

const ROLES = [
  ['PRIVATE_INDIVIDUAL', 'A private individual (family member, neighbour, other child)'],
  ['SOCIAL_WORKER', 'A social worker acting in their role (para 17)'],
  ['HEALTH_WORKER', 'A health worker acting in their role (para 17)'],
  ['EDUCATION_WORKER', 'An education worker acting in their role (para 17)']
];

const CONSENT = [
  ['NOT_SOUGHT', 'Consent not sought'],
  ['REFUSED', 'Asked: refused'],
  ['NO_REPLY', 'Asked: no reply'],
  ['NOT_CAPABLE_OF_CONSENTING', 'Not capable of consenting']
];

const FACTORS = [
  ['TYPE_OF_INFORMATION', 'The type of information (16(3)(a))'],
  ['DUTY_OF_CONFIDENTIALITY', 'A duty of confidentiality owed (16(3)(b))'],
  ['STEPS_TO_SEEK_CONSENT', 'Steps taken to seek consent (16(3)(c))'],
  ['CAPABLE_OF_CONSENTING', 'Whether they are capable of consenting (16(3)(d))'],
  ['EXPRESS_REFUSAL', 'Their express refusal (16(3)(e))']
];

function choice(name, options) {
  return element('select', {class: 'form-control input-sm', name}, options.map(([value, label]) => element('option', {value}, [label])));
}

/**
 * The fields for a new line: {fields, body()}; {@code fields} are the elements to place in the
 * form, {@code body()} the request body as the redaction log's API takes it.
 */
export function redactionLineFields(exemptions, location) {
  const exemption = element('select', {class: 'form-control input-sm', name: 'exemption'},
    (exemptions || []).map(e => element('option', {value: e.code}, [(e.title || e.code) + ' (' + e.statutoryReference + ')'])));
  const reasoning = element('textarea', {class: 'form-control input-sm', name: 'reasoning', rows: '2', maxlength: '2000', placeholder: 'Why'});
  const consentSought = element('input', {type: 'checkbox', name: 'consentSought'});
  const otherConsent = element('label', {class: 'checkbox-inline'}, [consentSought, ' Consent sought from anyone concerned']);
  const role = choice('thirdPartyRole', ROLES);
  const consent = choice('thirdPartyConsent', CONSENT);
  const factors = FACTORS.map(([value, label]) => {
    const box = element('input', {type: 'checkbox', name: 'factorsWeighed', value});
    return {box, label: element('label', {class: 'checkbox-inline'}, [box, ' ' + label])};
  });
  const professionalReason = element('textarea', {
    class: 'form-control input-sm', name: 'professionalReason', rows: '2', maxlength: '2000',
    placeholder: 'Why this professional is withheld'
  });
  const reasonLabel = element('label', {}, ['Why withhold a professional', professionalReason]);
  const thirdParty = element('fieldset', {class: 'redaction-third-party'}, [
    element('legend', {}, ['The third party (Data Protection Act 2018 Sch 2 Pt 3 para 16)']),
    element('label', {}, ['Who they are', role]),
    element('label', {}, ['Their consent', consent]),
    element('div', {}, ['Circumstances weighed: ', ...factors.map(f => f.label)]),
    reasonLabel
  ]);
  // style, not the hidden attribute: the webapps' stylesheet sets these elements' display
  const show = (node, shown) => {
    node.style.display = shown ? '' : 'none';
  };
  const shown = () => {
    const third = exemption.value === THIRD_PARTY;
    show(thirdParty, third);
    show(otherConsent, !third);
    show(reasonLabel, role.value !== 'PRIVATE_INDIVIDUAL');
  };
  exemption.addEventListener('change', shown);
  role.addEventListener('change', shown);
  shown();
  const body = () => {
    const line = {location: location.value, exemption: exemption.value, reasoning: reasoning.value};
    if (exemption.value === THIRD_PARTY) {
      line.thirdParty = {
        role: role.value,
        consent: consent.value,
        factorsWeighed: factors.filter(f => f.box.checked).map(f => f.box.value),
        professionalReason: role.value === 'PRIVATE_INDIVIDUAL' ? null : professionalReason.value
      };
    } else {
      line.consentSought = consentSought.checked;
    }
    return line;
  };
  return {exemption, reasoning, otherConsent, thirdParty, body};
}
