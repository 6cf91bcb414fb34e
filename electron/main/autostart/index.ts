export {
  createLoginItem,
  autostartEntryPath,
  HIDDEN_ARG,
  type LoginItem,
  type LoginItemApp,
  type LoginItemDeps,
} from './login-item';
export { autostartDesktopEntry, quoteExecArgument } from './desktop-entry';
