// What a Solid app adds once (README, "React"): the tags in JSX.IntrinsicElements.
/// <reference types="mfa-elements/jsx/solid" />
