import { buildHexoSite } from './hexo-build';
import { isHexoSite, planHexo } from './hexo';
import { buildHugoSite } from './hugo-build';
import { isHugoSite, planHugo } from './hugo';
import { buildJekyllSite } from './jekyll-build';
import { isJekyllSite, planJekyll } from './jekyll';
import type { GeneratorName, ImportPlan } from './plan';
import type { ReferenceBuild } from './reference-build';

/** One old generator: how to recognise its site, read it, and build it with the generator itself. */
export interface GeneratorModule {
  name: GeneratorName;
  /** As people write it. */
  label: string;
  /** What the folder must hold, for messages. */
  signature: string;
  detects(root: string): boolean;
  plan(root: string): ImportPlan;
  build(root: string): ReferenceBuild;
}

/** Hexo first: its folder has a _config.yml too, and its posts are under source/_posts. */
export const GENERATORS: readonly GeneratorModule[] = [
  { name: 'hexo', label: 'Hexo', signature: '_config.yml and source/_posts/', detects: isHexoSite, plan: planHexo, build: buildHexoSite },
  { name: 'hugo', label: 'Hugo', signature: 'hugo.toml, hugo.yaml, hugo.json or config.* and content/', detects: isHugoSite, plan: planHugo, build: buildHugoSite },
  { name: 'jekyll', label: 'Jekyll', signature: '_config.yml and _posts/', detects: isJekyllSite, plan: planJekyll, build: buildJekyllSite },
];

export function detectGenerator(root: string): GeneratorModule | undefined {
  return GENERATORS.find((generator) => generator.detects(root));
}
