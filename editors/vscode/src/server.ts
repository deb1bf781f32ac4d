/** The server bundled into the extension: the language server over stdio. */
import { startStdioServer } from "@lontar/language-server/node";

startStdioServer();
