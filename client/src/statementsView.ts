// The Statements view: a TreeDataProvider over the server's `newsLens/statements` answer for the articles open in
// editor tabs. Tree building, filtering and clipboard text live in statementsModel.ts (vscode-free, unit-tested).
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { STATEMENTS_REQUEST } from '../../protocol/protocol';
import type { RangeDto, StatementsParams, StatementsResult } from '../../protocol/protocol';
import { buildTree, countTree, filterMessage, nodeAt, parseFilter, toPlain } from './statementsModel';
import type { Filter, PlainItem, StatementKind, TreeNode } from './statementsModel';

export const VIEW_ID = 'newsLens.statements';
const FILTER_KEY = 'newsLens.statements.filter';
const CTX_FILTER = 'newsLens.statements.filterActive';
const CTX_READY = 'newsLens.statements.ready';
const ARTICLE_LANGUAGES = new Set(['news', 'plaintext', 'markdown']);
const EDIT_DELAY_MS = 300;
const EVENT_DELAY_MS = 100;
const FOLLOW_DELAY_MS = 150;
const ARTICLE_FILE = /\.(news|txt|md|markdown)$/i;
const MAX_TAB_LOADS = 20;

const KIND_ICONS: Record<StatementKind, [string, string]> = {
  direct: ['quote', 'newsLens.statements.directQuoteIcon'],
  indirect: ['comment', 'newsLens.statements.indirectIcon'],
  mixed: ['comment-discussion', 'newsLens.statements.mixedIcon'],
  vague: ['question', 'newsLens.statements.vagueIcon'],
  unattributed: ['warning', 'newsLens.statements.unattributedIcon'],
};

function iconOf(n: TreeNode): vscode.ThemeIcon {
  switch (n.kind) {
    case 'statement': {
      const [icon, color] = KIND_ICONS[n.statementKind ?? 'indirect'];
      return new vscode.ThemeIcon(icon, new vscode.ThemeColor(color));
    }
    case 'article':
      return new vscode.ThemeIcon('file-text');
    case 'speaker':
      return new vscode.ThemeIcon('person');
    case 'claims':
      return new vscode.ThemeIcon('warning', new vscode.ThemeColor(KIND_ICONS.unattributed[1]));
    case 'dates':
      return new vscode.ThemeIcon('calendar');
    case 'date':
      return new vscode.ThemeIcon('clock');
    case 'outlets':
      return new vscode.ThemeIcon('broadcast');
    case 'outlet':
      return new vscode.ThemeIcon('radio-tower');
    case 'orphans':
    case 'orphan':
      return new vscode.ThemeIcon('debug-disconnect');
  }
}

export function toRange(r: RangeDto): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

/** URIs of the documents open in editor tabs (and visible editors), the articles the view lists. */
function openDocumentUris(): string[] {
  const uris = new Set<string>();
  for (const group of vscode.window.tabGroups.all) {
    for (const tab of group.tabs) {
      const input = tab.input;
      if (input instanceof vscode.TabInputText) uris.add(input.uri.toString());
      else if (input instanceof vscode.TabInputTextDiff) uris.add(input.modified.toString());
    }
  }
  for (const editor of vscode.window.visibleTextEditors) uris.add(editor.document.uri.toString());
  const loaded = new Map(vscode.workspace.textDocuments.map((d) => [d.uri.toString(), d]));
  const out: string[] = [];
  let loads = 0;
  for (const u of uris) {
    const doc = loaded.get(u);
    if (doc) {
      if (ARTICLE_LANGUAGES.has(doc.languageId)) out.push(u);
    } else if (ARTICLE_FILE.test(u) && loads++ < MAX_TAB_LOADS) {
      // A tab restored after a reload has no document until it is shown, so the server has never seen it: load it
      // (the open event refreshes the view). Only files that look like articles, and only a few at a time.
      void vscode.workspace.openTextDocument(vscode.Uri.parse(u)).then(undefined, () => undefined);
    }
  }
  return out;
}

export class StatementsProvider implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<TreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private result: StatementsResult = { articles: [] };
  private roots: TreeNode[] = [];
  private parents = new Map<TreeNode, TreeNode>();
  private filter: Filter | undefined;
  /** Bumped when the filter changes, so filtered trees get fresh ids and open expanded. */
  private filterGeneration = 0;
  private view: vscode.TreeView<TreeNode> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private dirty = true;
  private seq = 0;
  private inflight: Promise<void> | undefined;

  constructor(
    private readonly getClient: () => LanguageClient | undefined,
    private readonly state: vscode.Memento,
    private readonly log: (msg: string) => void,
  ) {
    this.filter = parseFilter(state.get<string>(FILTER_KEY));
  }

  attach(view: vscode.TreeView<TreeNode>): void {
    this.view = view;
    this.render();
  }

  get filterText(): string {
    return this.filter?.raw ?? '';
  }

  getTreeItem(n: TreeNode): vscode.TreeItem {
    const collapsible = !n.children
      ? vscode.TreeItemCollapsibleState.None
      : n.expanded || (this.filter && n.children.length)
        ? vscode.TreeItemCollapsibleState.Expanded
        : vscode.TreeItemCollapsibleState.Collapsed;
    const item = new vscode.TreeItem(n.label, collapsible);
    item.id = this.filter ? `${n.id}?f${this.filterGeneration}` : n.id;
    item.description = n.description;
    item.tooltip = n.tooltip;
    item.iconPath = iconOf(n);
    item.contextValue = n.kind === 'statement' ? `statement.${n.statementKind}` : n.kind;
    if (n.target) {
      item.command = { command: 'newsLens.statements.reveal', title: 'Reveal in Editor', arguments: [n.target.uri, n.target.range] };
    }
    item.accessibilityInformation = { label: [n.label, n.description].filter(Boolean).join(', ') };
    return item;
  }

  getChildren(n?: TreeNode): TreeNode[] {
    return n ? (n.children ?? []) : this.roots;
  }

  getParent(n: TreeNode): TreeNode | undefined {
    return this.parents.get(n);
  }

  /** Refresh after `delayMs`; while the view is hidden, only remember that it is out of date. */
  schedule(delayMs = EVENT_DELAY_MS): void {
    this.dirty = true;
    if (this.view && !this.view.visible) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.refresh();
    }, delayMs);
  }

  onVisible(): void {
    if (this.dirty) this.schedule(0);
  }

  /** Asks the server now; concurrent calls share the latest answer (an older answer never overwrites a newer one). */
  async refresh(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    const mine = ++this.seq;
    const run = (async () => {
      this.dirty = false;
      const client = this.getClient();
      let result: StatementsResult = { articles: [] };
      if (client?.isRunning()) {
        const params: StatementsParams = { uris: openDocumentUris() };
        try {
          result = (await client.sendRequest<StatementsResult>(STATEMENTS_REQUEST, params)) ?? { articles: [] };
        } catch (err) {
          this.log(`statements request failed: ${err instanceof Error ? err.message : String(err)}`);
          this.dirty = true;
          return;
        }
      }
      if (mine !== this.seq) return;
      this.result = result;
      this.render();
      void vscode.commands.executeCommand('setContext', CTX_READY, !!client?.isRunning());
    })();
    this.inflight = run;
    // If newer refreshes start while this one runs, wait for the last of them, so callers see the latest tree.
    let latest: Promise<void> | undefined;
    do {
      latest = this.inflight;
      await latest;
    } while (latest !== this.inflight);
  }

  private render(): void {
    this.roots = buildTree(this.result, this.filter);
    this.parents = new Map();
    const link = (n: TreeNode) => n.children?.forEach((c) => (this.parents.set(c, n), link(c)));
    this.roots.forEach(link);
    if (this.view) {
      const total = this.filter ? countTree(buildTree(this.result)) : countTree(this.roots);
      this.view.message = filterMessage(this.filter, countTree(this.roots), total);
      const claims = this.roots.reduce((k, a) => k + (a.children?.find((c) => c.kind === 'claims')?.children?.length ?? 0), 0);
      this.view.badge = claims ? { value: claims, tooltip: `${claims} unattributed claim${claims === 1 ? '' : 's'} in open articles` } : undefined;
    }
    this.changed.fire(undefined);
  }

  async setFilter(text: string | undefined): Promise<void> {
    const next = parseFilter(text);
    if ((next?.raw ?? '') === (this.filter?.raw ?? '')) return;
    this.filter = next;
    this.filterGeneration++;
    await this.state.update(FILTER_KEY, next?.raw);
    await vscode.commands.executeCommand('setContext', CTX_FILTER, !!next);
    this.render();
  }

  /** The tree as plain JSON (`newsLens.statements.getItems`), after a fresh request to the server. */
  async plainItems(): Promise<PlainItem[]> {
    await this.refresh();
    return toPlain(this.roots);
  }

  /** Follow cursor: select (without focusing) the statement, date or outlet under the editor's cursor. */
  async revealAt(uri: string, position: vscode.Position): Promise<void> {
    if (!this.view?.visible) return;
    const node = nodeAt(this.roots, uri, position.line, position.character);
    if (!node || this.view.selection.includes(node)) return;
    await this.view.reveal(node, { select: true, focus: false, expand: false }).then(undefined, () => undefined);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.changed.dispose();
  }
}

async function reveal(uri: string, range?: RangeDto): Promise<void> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
  const selection = range ? toRange(range) : undefined;
  const shown = vscode.window.visibleTextEditors.find((e) => e.document === doc);
  const editor = await vscode.window.showTextDocument(doc, { selection, preview: true, viewColumn: shown?.viewColumn });
  if (selection) editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** Live filter: the tree follows what is typed; Enter keeps it, Escape restores the previous filter. */
async function askFilter(provider: StatementsProvider): Promise<void> {
  const before = provider.filterText;
  const box = vscode.window.createInputBox();
  box.title = 'Filter Statements';
  box.value = before;
  box.placeholder = 'Speaker or words of a statement, e.g. Brandt quota';
  box.prompt = 'All words must match. Narrow by kind with type:direct, type:indirect, type:mixed, is:vague, is:unattributed. Empty clears.';
  let accepted = false;
  await new Promise<void>((resolve) => {
    box.onDidChangeValue((v) => void provider.setFilter(v));
    box.onDidAccept(() => {
      accepted = true;
      box.hide();
    });
    box.onDidHide(() => {
      box.dispose();
      resolve();
    });
    box.show();
  });
  await provider.setFilter(accepted ? box.value : before);
}

function statementNodes(node: unknown, selected: unknown): TreeNode[] {
  const all = Array.isArray(selected) && selected.length > 1 ? (selected as TreeNode[]) : node ? [node as TreeNode] : [];
  return all.filter((n) => n && typeof n === 'object' && typeof n.copyText === 'string');
}

export function registerStatementsView(
  context: vscode.ExtensionContext,
  getClient: () => LanguageClient | undefined,
  log: (msg: string) => void,
): StatementsProvider {
  const provider = new StatementsProvider(getClient, context.workspaceState, log);
  const view = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: provider, showCollapseAll: true, canSelectMany: true });
  provider.attach(view);
  void vscode.commands.executeCommand('setContext', CTX_FILTER, !!provider.filterText);

  const isArticleDoc = (d: vscode.TextDocument) => ARTICLE_LANGUAGES.has(d.languageId);
  let followTimer: NodeJS.Timeout | undefined;
  context.subscriptions.push(
    provider,
    view,
    view.onDidChangeVisibility((e) => e.visible && provider.onVisible()),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length && isArticleDoc(e.document)) provider.schedule(EDIT_DELAY_MS);
    }),
    vscode.workspace.onDidOpenTextDocument((d) => isArticleDoc(d) && provider.schedule()),
    vscode.workspace.onDidCloseTextDocument((d) => isArticleDoc(d) && provider.schedule()),
    vscode.window.tabGroups.onDidChangeTabs((e) => (e.opened.length || e.closed.length) && provider.schedule()),
    vscode.languages.onDidChangeDiagnostics((e) => {
      const docs = vscode.workspace.textDocuments;
      if (e.uris.some((u) => docs.some((d) => d.uri.toString() === u.toString() && isArticleDoc(d)))) provider.schedule(EDIT_DELAY_MS);
    }),
    vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('newsLens') && provider.schedule(EDIT_DELAY_MS)),
    vscode.window.onDidChangeTextEditorSelection((e) => {
      const doc = e.textEditor.document;
      if (!view.visible || !isArticleDoc(doc) || e.kind === vscode.TextEditorSelectionChangeKind.Command || e.kind === undefined) return;
      if (!vscode.workspace.getConfiguration('newsLens.statements', doc.uri).get<boolean>('followCursor', true)) return;
      if (followTimer) clearTimeout(followTimer);
      const position = e.selections[0].active;
      followTimer = setTimeout(() => void provider.revealAt(doc.uri.toString(), position), FOLLOW_DELAY_MS);
    }),
    { dispose: () => followTimer && clearTimeout(followTimer) },

    vscode.commands.registerCommand('newsLens.statements.reveal', (uri: string, range?: RangeDto) => reveal(uri, range)),
    vscode.commands.registerCommand('newsLens.statements.refresh', () => provider.refresh()),
    vscode.commands.registerCommand('newsLens.statements.filter', async (text?: unknown) => {
      if (typeof text === 'string') await provider.setFilter(text);
      else await askFilter(provider);
    }),
    vscode.commands.registerCommand('newsLens.statements.clearFilter', () => provider.setFilter(undefined)),
    vscode.commands.registerCommand('newsLens.statements.copy', async (node?: unknown, selected?: unknown) => {
      const nodes = statementNodes(node ?? view.selection[0], selected ?? (node ? undefined : view.selection));
      if (!nodes.length) return void vscode.window.showInformationMessage('News Lens: select a statement to copy.');
      await vscode.env.clipboard.writeText(nodes.map((n) => n.copyText).join('\n'));
      vscode.window.setStatusBarMessage(`Copied ${nodes.length === 1 ? 'statement' : `${nodes.length} statements`} with source`, 2000);
    }),
    vscode.commands.registerCommand('newsLens.statements.getItems', () => provider.plainItems()),
  );
  return provider;
}
