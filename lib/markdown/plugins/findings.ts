import type { Node } from 'unist';
import type { VFile } from 'vfile';

/** Records a finding on the file, at the node's line in the Markdown (line 1 when the node has no position). */
export function addFinding(file: VFile, node: Node | undefined, severity: 'error' | 'warning', message: string): void {
  const findings = (file.data.findings ??= []);
  findings.push({ severity, line: node?.position?.start.line ?? 1, message });
}
