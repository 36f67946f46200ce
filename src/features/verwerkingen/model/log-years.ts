/**
 * How far back the gateway's log reaches (the disclosure records it holds). The page says so,
 * and how to ask for older ones (CJEU C-553/07, Rijkeboer); "alles" and the art. 19 list use it.
 * A module of its own: the shell's frame of the log page (src/app/ShellFrame.tsx) names it
 * without loading the log's model.
 */
export const LOG_YEARS = 3;
