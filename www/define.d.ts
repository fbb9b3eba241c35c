export { BerekenUwRecht } from './bereken-uw-recht';
