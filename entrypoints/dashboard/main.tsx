// Kept tiny on purpose: the first screen's IndexedDB read starts here, and runs while the browser loads and parses
// React, Dexie and the app (imported below, after the read has started).
import { readFirstScreen } from './first-screen';
import './style.css';

const firstScreen = readFirstScreen();
void import('./boot').then(({ boot }) => boot(firstScreen));
