// The mfa-* tags in Vue's GlobalComponents, with typed props and events (strictTemplates passes).
/// <reference types="mfa-elements/vue" />
