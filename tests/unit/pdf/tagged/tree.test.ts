import { describe, expect, it } from 'vitest';
import { StructTree, isElement, type StructNode } from '../../../../src/lib/pdf/tagged/tree';
import { writeStructTree } from '../../../../src/lib/pdf/tagged/write-tree';

const P = (key: number) => ({ role: 'P', key }) as const;
const roles = (node: StructNode): unknown[] =>
  node.kids.map((kid) => (isElement(kid) ? [kid.role, ...roles(kid)] : kid.mcid));

describe('StructTree', () => {
  it('makes each element once, in the order its content is drawn, MCIDs counted per page', () => {
    const tree = new StructTree();
    const item = { role: 'LI', key: 0 } as const;
    expect(tree.mark(1, [{ role: 'H1', key: 0 }])).toBe(0);
    expect(tree.mark(1, [{ role: 'L', key: 1 }, item, { role: 'Lbl', key: 0 }])).toBe(1);
    expect(tree.mark(1, [{ role: 'L', key: 1 }, item, { role: 'LBody', key: 0 }])).toBe(2);
    expect(tree.mark(2, [{ role: 'L', key: 1 }, item, { role: 'LBody', key: 0 }])).toBe(0);
    expect(tree.parts).toHaveLength(1);
    const [part] = tree.parts;
    expect(part && roles(part)).toEqual([
      ['H1', 0],
      ['L', ['LI', ['Lbl', 1], ['LBody', 2, 0]]],
    ]);
    expect(tree.marksOn(1).map((node) => node.role)).toEqual(['H1', 'Lbl', 'LBody']);
    expect(tree.marksOn(2).map((node) => node.role)).toEqual(['LBody']);
    expect(tree.marksOn(3)).toEqual([]);
  });

  it('keeps each letter in its own part', () => {
    const tree = new StructTree();
    tree.startPart();
    tree.mark(1, [P(0)]);
    tree.startPart();
    tree.mark(2, [P(0)]);
    expect(tree.parts.map((part) => part.kids.length)).toEqual([1, 1]);
  });
});

/** The objects a fake writer receives, by number, joined. */
function written(tree: StructTree, pages: number) {
  let next = 100;
  let current = 0;
  const objects = new Map<number, string>();
  const root = writeStructTree(tree, pages, (page) => page * 10, {
    reserve: () => (next += 1),
    begin: (id) => {
      current = id;
      objects.set(id, '');
    },
    out: (line) => objects.set(current, `${objects.get(current) ?? ''}${line}\n`),
  });
  return {
    root,
    objects,
    find: (text: string) => [...objects].filter(([, o]) => o.includes(text)),
  };
}

describe('writeStructTree', () => {
  it('writes the root, its parent tree and a Document holding one letter’s elements', () => {
    const tree = new StructTree();
    tree.mark(1, [{ role: 'H1', key: 0 }]);
    tree.mark(1, [P(1)]);
    tree.mark(2, [P(1)]);
    const { root, objects, find } = written(tree, 2);
    expect(objects.get(root)).toMatch(/\/Type \/StructTreeRoot \/K \[\d+ 0 R\] \/ParentTree/);
    expect(objects.get(root)).toContain('/ParentTreeNextKey 2');
    const [document] = find('/S /Document');
    expect(document?.[1]).toContain(`/P ${root} 0 R`);
    expect(find('/S /Part')).toEqual([]);
    const h1 = find('/S /H1')[0]?.[0];
    const p = find('/S /P ')[0]?.[0];
    // A paragraph running onto page 2 points at its content there with a marked-content reference.
    expect(objects.get(p ?? 0)).toContain('/Pg 10 0 R\n/K [1 << /Type /MCR /Pg 20 0 R /MCID 0 >>]');
    const [parentTree] = find('/Nums');
    expect(parentTree?.[1]).toContain(`/Nums [0 [${h1} 0 R ${p} 0 R] 1 [${p} 0 R]]`);
  });

  it('keeps one Part per letter when there are several, and writes figures and headers', () => {
    const tree = new StructTree();
    tree.startPart();
    tree.mark(1, [{ role: 'Figure', key: 0 }], { alt: 'Collège Évariste', bbox: [1, 2, 3, 4] });
    tree.startPart();
    tree.mark(2, [
      { role: 'Table', key: 0 },
      { role: 'TR', key: 0 },
      { role: 'TH', key: 0 },
    ]);
    const { find } = written(tree, 2);
    expect(find('/S /Part')).toHaveLength(2);
    const [figure] = find('/S /Figure');
    expect(figure?.[1]).toContain('/Alt <FEFF0043006F006C006C00E800670065002000C9');
    expect(figure?.[1]).toContain('/BBox [1.00 2.00 3.00 4.00]');
    expect(find('/S /TH')[0]?.[1]).toContain('/A << /O /Table /Scope /Column >>');
  });
});
