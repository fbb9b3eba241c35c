// Registers the element as <bereken-uw-recht>, unless the page already did (or chose another
// name: import the class from bereken-uw-recht.js and define it yourself).
import { BerekenUwRecht } from './bereken-uw-recht.js';

if (!customElements.get('bereken-uw-recht')) customElements.define('bereken-uw-recht', BerekenUwRecht);

export { BerekenUwRecht };
