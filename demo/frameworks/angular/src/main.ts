// Register the tags before Angular renders them, so Angular sets `client` as a property.
import 'mfa-elements/all.js';
import { provideZonelessChangeDetection } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import { AppComponent } from './app.component';

bootstrapApplication(AppComponent, { providers: [provideZonelessChangeDetection()] }).catch(
  (error) => console.error(error),
);
