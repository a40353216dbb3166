" Vim 9 + ALE 3.3 drives the Newsdesk server on one ASCII article and records diagnostics, hover and a quick fix as JSON.
" The mocha driver (test/editors/otherEditors.test.ts) asserts on the JSON; this script only fails on deadlines and missing answers.
" ALE reads LSP columns as bytes, so it is run on ASCII text only (see the README's Other editors section).
set nocompatible
let s:result = {'editor': 'vim ' . (v:version / 100) . '.' . (v:version % 100)}
let s:name = $NEWSDESK_NAME

function! s:Finish(ok, error) abort
  let s:result.ok = a:ok ? v:true : v:false
  let s:result.error = a:error
  call writefile([json_encode(s:result)], $NEWSDESK_OUT)
  execute a:ok ? 'qall!' : 'cquit! 1'
endfunction

" Polls every 20 ms (sleep lets ALE's job and channel callbacks run) until the condition holds, up to a deadline.
function! s:Await(what, ms, Predicate) abort
  let l:start = reltime()
  while !a:Predicate()
    if reltimefloat(reltime(l:start)) * 1000 > a:ms
      throw 'timed out after ' . a:ms . ' ms waiting for ' . a:what
    endif
    sleep 20m
  endwhile
endfunction

function! s:Target() abort
  for l:item in ale#engine#GetLoclist(bufnr(''))
    if get(l:item, 'code', '') is# 'untagged-entity' && stridx(l:item.text, s:name) >= 0
      return l:item
    endif
  endfor
  return {}
endfunction

function! s:OnActions(data, items) abort
  let s:action_data = a:data
  let s:action_items = a:items
endfunction

function! s:PreviewLines() abort
  for l:win in range(1, winnr('$'))
    if getwinvar(l:win, '&previewwindow')
      return getbufline(winbufnr(l:win), 1, '$')
    endif
  endfor
  return []
endfunction

function! s:Run() abort
  execute 'set runtimepath^=' . fnameescape($NEWSDESK_ALE)
  filetype plugin on
  let g:ale_hover_to_preview = 1
  let g:ale_linters = {'markdown': ['newsdesk']}
  runtime plugin/ale.vim
  call ale#linter#Define('markdown', {
  \ 'name': 'newsdesk', 'lsp': 'stdio', 'executable': $NEWSDESK_NODE,
  \ 'command': '%e --max-semi-space-size=64 ' . shellescape($NEWSDESK_SERVER) . ' --stdio',
  \ 'project_root': fnamemodify($NEWSDESK_FILE, ':p:h'),
  \})
  execute 'edit ' . fnameescape($NEWSDESK_FILE)
  let s:result.filetype = &filetype

  " 1. Diagnostics as ALE's location list holds them, with the buffer text under each.
  ALELint
  call s:Await('diagnostics', 10000, {-> !empty(ale#engine#GetLoclist(bufnr('')))})
  let s:result.diagnostics = []
  for l:item in ale#engine#GetLoclist(bufnr(''))
    call add(s:result.diagnostics, {'code': get(l:item, 'code', ''), 'message': l:item.text, 'lnum': l:item.lnum, 'col': l:item.col,
    \ 'end_col': get(l:item, 'end_col', 0), 'text': getline(l:item.lnum)[l:item.col - 1 : get(l:item, 'end_col', 0) - 1]})
  endfor
  let l:target = s:Target()
  if empty(l:target)
    throw 'no untagged-entity diagnostic for ' . s:name
  endif

  " 2. Hover at the diagnostic's start, shown in the preview window.
  call cursor(l:target.lnum, l:target.col)
  ALEHover
  call s:Await('the hover preview', 5000, {-> !empty(s:PreviewLines())})
  let s:result.hover = join(s:PreviewLines(), "\n")
  pclose

  " 3. Quick fix: ALE asks for code actions at the cursor and applies the chosen one itself.
  call cursor(l:target.lnum, l:target.col)
  call ale#codefix#Execute(0, function('s:OnActions'))
  call s:Await('code actions', 5000, {-> exists('s:action_items')})
  let s:result.actions = map(copy(s:action_items), 'v:val[1].title')
  let l:title = 'Tag “' . s:name . '” as person'
  let l:chosen = filter(copy(s:action_items), 'v:val[1].title is# l:title')
  if empty(l:chosen)
    throw 'no action titled ' . l:title
  endif
  call ale#codefix#ApplyLSPCodeAction(s:action_data, l:chosen[0][1])
  let s:result.line_after = getline(l:target.lnum)

  " 4. ALE sends the edited text when it lints again; the fixed diagnostic must go.
  ALELint
  call s:Await('the fixed diagnostic to clear', 10000, {-> empty(s:Target()) && !ale#engine#IsCheckingBuffer(bufnr(''))})
  let s:result.loclist_after = map(copy(ale#engine#GetLoclist(bufnr(''))), '{"code": get(v:val, "code", ""), "message": v:val.text}')
endfunction

try
  call s:Run()
  call s:Finish(1, v:null)
catch
  call s:Finish(0, v:exception . ' at ' . v:throwpoint)
endtry
