/**
 * Português do Brasil: `pt.ts` is written as in Brazil, so this module only registers it
 * (`pt-BR` finds `pt` through the fallback chain).
 */
import './pt.js';
