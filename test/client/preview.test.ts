// The Markdown preview plugin (issue 13): tags render as names styled by type, citations as superscript links,
// and anything broken stays the writer's text. Rendered with markdown-it, the parser VS Code's preview uses.
import { strict as assert } from 'assert';
import MarkdownIt from 'markdown-it';
import { newsdeskPreview } from '../../client/src/preview';

const render = (src: string) => newsdeskPreview(new MarkdownIt()).render(src);

describe('Markdown preview: Newsdesk tags', () => {
  it('renders an entity tag as its name, styled by type, with type and id in the tooltip', () => {
    assert.equal(render(':person[Masoud Pezeshkian]{id=pezeshkian} arrived.'), '<p><span class="newsdesk-entity newsdesk-person" title="Person · id pezeshkian">Masoud Pezeshkian</span> arrived.</p>\n');
    assert.equal(render('In :place[Baghdad] and at :org[the UN].'), '<p>In <span class="newsdesk-entity newsdesk-place" title="Place">Baghdad</span> and at <span class="newsdesk-entity newsdesk-org" title="Organisation">the UN</span>.</p>\n');
    assert.equal(render('During :entity[Arbaeen]{type=event}.'), '<p>During <span class="newsdesk-entity newsdesk-event" title="Event">Arbaeen</span>.</p>\n');
  });

  it('adds the front matter description and Wikidata id to the tooltip', () => {
    const src = '---\npublished: 2024-09-11\nentities:\n  - id: pezeshkian\n    type: person\n    name: Masoud Pezeshkian\n    description: President of Iran since July 2024\n    wikidata: Q5953460\n---\n\n:person[Pezeshkian]{id=pezeshkian} spoke.\n';
    assert.match(render(src), /<span class="newsdesk-entity newsdesk-person" title="Person · id pezeshkian · President of Iran since July 2024 · Wikidata Q5953460">Pezeshkian<\/span> spoke\./);
  });

  it('renders a citation as a superscript link to its URL, or to its source from the front matter', () => {
    assert.equal(render('Trade rose 5% :cite[Iraqi customs]{url="https://example.org/customs"}.'), '<p>Trade rose 5% <sup class="newsdesk-cite"><a href="https://example.org/customs">Iraqi customs</a></sup>.</p>\n');
    const src = '---\nsources:\n  - id: iraq-customs\n    name: Iraqi customs authority\n    url: https://example.org/c\n---\n\nTrade rose :cite{src=iraq-customs}.\n';
    assert.match(render(src), /Trade rose <sup class="newsdesk-cite" title="Source: Iraqi customs authority"><a href="https:\/\/example.org\/c">Iraqi customs authority<\/a><\/sup>\./);
    // A source the front matter does not list is named by its id, with no link.
    assert.match(render('Trade rose :cite{src=unknown}.'), /<sup class="newsdesk-cite" title="Source: unknown">unknown<\/sup>/);
  });

  it('keeps markup inside a label and escapes what the writer typed', () => {
    assert.equal(render(':org[*Acme* <Ltd>]{id="x<y"}'), '<p><span class="newsdesk-entity newsdesk-org" title="Organisation · id x&lt;y"><em>Acme</em> &lt;Ltd&gt;</span></p>\n');
  });

  it('leaves broken and foreign tags as the writer typed them, and never throws', () => {
    for (const src of [':person[Unclosed name', ':person tags nothing', ':entity[Arbaeen] has no type', 'Time:now and 3:1', ':note[Not ours]', ':cite[Reuters]{url="https://x" unclosed']) {
      assert.ok(!/newsdesk-/.test(render(src)), `${src} → ${render(src)}`);
    }
    // Front matter that is not YAML gives no facts, and the tag still renders.
    assert.match(render('---\nsources: [\n---\n\n:cite{src=a}'), /<sup class="newsdesk-cite" title="Source: a">a<\/sup>/);
    assert.equal(render(':person[Unclosed name'), '<p>:person[Unclosed name</p>\n');
    assert.equal(render('Time:now'), '<p>Time:now</p>\n');
    // A link with a javascript: URL is not made a link.
    assert.equal(render(':cite[x]{url="javascript:alert(1)"}'), '<p><sup class="newsdesk-cite">x</sup></p>\n');
  });
});
