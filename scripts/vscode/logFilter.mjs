// Picks the extension host's console output (what the suite and mocha's reporter print) out of
// everything the workbench logs through codeAutomationLog. Both arrive through the same hook,
// so this drops what is known to be the workbench's: tagged log lines ("[AgentHost] ..."),
// connection chatter, and the marketplace/GitHub look-ups that fail on a closed network.
import { format } from 'node:util';

const WORKBENCH_NOISE = [
  /^\[[^\]\n]{1,60}\] /, // "[Tag] message": workbench services
  /^(Resolving|Resolved) connection token/,
  /^Creating a socket \(/,
  /^Updating additional builtin extensions cache/,
  /getaddrinfo|ENOTFOUND|EAI_AGAIN|open-vsx\.org|marketplace\.visualstudio\.com|api\.github\.com/,
  // The workbench's own errors, with its own stack (account look-ups cancelled as the editor shuts
  // down: `Canceled … at C8t.getSessions (…/vs/code/browser/workbench/workbench.js…)`). The suite's
  // failures come from the extension host, whose frames are never in workbench.js.
  /^[^\n]*\n\s+at [^\n]*\/vs\/code\/browser\/workbench\/workbench\.js/,
];

/**
 * @param {{ verbose?: boolean }} [options] verbose keeps everything, tagged with its level
 * @returns {(level: string, message: unknown) => string[]} the lines to print
 */
export function createLogFilter({ verbose = false } = {}) {
  return (level, message) => {
    // The extension host's console calls arrive as [format, ...args] (mocha prints "%s%s" and
    // the like), workbench lines as one string.
    const text = Array.isArray(message) ? format(...message) : String(message);
    if (verbose) return [`<${level}> ${text}`];
    if (WORKBENCH_NOISE.some((re) => re.test(text))) return [];
    return text.split('\n');
  };
}
