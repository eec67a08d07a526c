// The mfa-* tags in React's JSX.IntrinsicElements, with typed properties and events.
/// <reference types="mfa-elements/jsx/react" />
