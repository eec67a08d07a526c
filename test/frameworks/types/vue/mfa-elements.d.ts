// What a Vue app adds once (README, "Vue"): the tags in GlobalComponents.
/// <reference types="mfa-elements/vue" />
