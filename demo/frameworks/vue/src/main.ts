// Register the tags before Vue renders them, so Vue sets `client` as a property.
import 'mfa-elements/all.js';
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
