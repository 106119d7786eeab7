// Lesson Studio for VS Code: the grammar colours a .lesson file at once; `lesson lsp` (started
// here) brings mistakes as you type, completion, hover, rename, formatting and its own colours;
// "Lesson: Open preview" opens the preview window on the lesson in the editor.
import { spawn } from "child_process";
import * as path from "path";
import * as vscode from "vscode";
import { LanguageClient, LanguageClientOptions, ServerOptions } from "vscode-languageclient/node";

let client: LanguageClient | undefined;

function lessonCommand(): string {
  return vscode.workspace.getConfiguration("lessonStudio").get<string>("command", "lesson") || "lesson";
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const command = lessonCommand();
  const server: ServerOptions = { command, args: ["lsp"] };
  const options: LanguageClientOptions = {
    documentSelector: [{ language: "lesson" }],
    outputChannelName: "Lesson Studio",
  };
  client = new LanguageClient("lessonStudio", "Lesson Studio", server, options);
  context.subscriptions.push(
    vscode.commands.registerCommand("lessonStudio.openPreview", () => openPreview()),
  );
  try {
    await client.start();
  } catch (e) {
    vscode.window.showWarningMessage(
      `Lesson Studio could not start \`${command} lsp\`: colours still work, but mistakes, completion and ` +
        `hover need it. Set "lessonStudio.command" to the full path of the lesson command. (${e})`,
    );
  }
}

async function openPreview(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== "lesson") {
    vscode.window.showInformationMessage("Open a .lesson file first, then ask for its preview.");
    return;
  }
  if (editor.document.isUntitled) {
    vscode.window.showInformationMessage("Save the lesson first: the preview follows the file as you save it.");
    return;
  }
  await editor.document.save();
  const file = editor.document.uri.fsPath;
  const preview = spawn(lessonCommand(), ["preview", file], {
    cwd: path.dirname(file),
    detached: true,
    stdio: "ignore",
  });
  preview.on("error", (e) =>
    vscode.window.showErrorMessage(`Could not start the preview (${lessonCommand()} preview): ${e.message}`),
  );
  preview.unref();
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}
