;;; check.el --- Emacs 28 + eglot drives the Newsdesk server on one article and records diagnostics, hover and a quick fix as JSON  -*- lexical-binding: t -*-
;; The mocha driver (test/editors/otherEditors.test.ts) asserts on the JSON; this script only fails on deadlines and missing answers.
;; Batch Emacs has no command loop or idle timers, so flymake is started and didChange flushed by hand.
(require 'package)
(package-initialize)
(require 'eglot)
(require 'json)
(require 'subr-x)

(defun nd-env (name) (or (getenv name) (error "%s is not set" name)))
(defvar nd-node (nd-env "NEWSDESK_NODE"))
(defvar nd-server (nd-env "NEWSDESK_SERVER"))
(defvar nd-file (nd-env "NEWSDESK_FILE"))
(defvar nd-out (nd-env "NEWSDESK_OUT"))
(defvar nd-name (decode-coding-string (nd-env "NEWSDESK_NAME") 'utf-8))
(defvar nd-published nil "Every publishDiagnostics params plist the server sent, newest first.")
(defvar nd-result (list (cons 'editor (format "emacs %s, eglot %s" emacs-version
                                              (package-version-join (package-desc-version (cadr (assq 'eglot package-alist))))))))

(advice-add 'eglot-handle-notification :before
            (lambda (_server method &rest params)
              (when (eq method 'textDocument/publishDiagnostics) (push params nd-published))))

(defun nd-record (key value) (push (cons key value) nd-result))

(defun nd-await (what seconds predicate)
  "Pump process output every 50 ms until PREDICATE holds, or fail after SECONDS."
  (let ((deadline (+ (float-time) seconds)))
    (while (not (funcall predicate))
      (when (> (float-time) deadline) (error "timed out after %ss waiting for %s" seconds what))
      (accept-process-output nil 0.05))))

(defun nd-names-target-p (diag)
  (and (equal (plist-get diag :code) "untagged-entity")
       (string-search nd-name (plist-get diag :message))))

(defun nd-flymake-entry (d)
  "A flymake diagnostic as the user sees it: line, character column and the buffer text it covers."
  (let* ((beg (flymake-diagnostic-beg d)) (end (flymake-diagnostic-end d))
         (lsp (cdr (assoc 'eglot-lsp-diag (flymake-diagnostic-data d)))))
    (save-excursion
      (goto-char beg)
      (list (cons 'code (plist-get lsp :code)) (cons 'message (flymake-diagnostic-text d))
            (cons 'line (1- (line-number-at-pos beg))) (cons 'col (- beg (line-beginning-position)))
            (cons 'end_col (- end (line-beginning-position))) (cons 'text (buffer-substring-no-properties beg end))))))

(defun nd-run ()
  (find-file nd-file)
  (text-mode)
  (let* ((server (eglot '(text-mode) (cons 'transient (file-name-directory nd-file)) 'eglot-lsp-server
                        (list nd-node "--max-semi-space-size=64" nd-server "--stdio") "markdown"))
         target)
    ;; 1. Diagnostics as flymake holds them, converted by eglot from UTF-16 to buffer positions.
    (nd-await "diagnostics" 10 (lambda () (seq-some (lambda (p) (> (length (plist-get p :diagnostics)) 0)) nd-published)))
    (nd-record 'raw (plist-get (car nd-published) :diagnostics))
    (flymake-start)
    (nd-await "flymake diagnostics" 10 (lambda () (flymake-diagnostics)))
    (let ((entries (mapcar #'nd-flymake-entry (flymake-diagnostics))))
      (nd-record 'diagnostics entries))
    (setq target (seq-find (lambda (d) (nd-names-target-p (cdr (assoc 'eglot-lsp-diag (flymake-diagnostic-data d)))))
                           (flymake-diagnostics)))
    (unless target (error "no untagged-entity diagnostic for %s" nd-name))
    ;; 2. Hover at the diagnostic's start, positions computed by eglot.
    (goto-char (flymake-diagnostic-beg target))
    (let* ((params (eglot--TextDocumentPositionParams))
           (hover (jsonrpc-request server :textDocument/hover params)))
      (nd-record 'hover_position (plist-get params :position))
      (nd-record 'hover (plist-get (plist-get hover :contents) :value)))
    ;; 3. Quick fix: eglot lists the actions for the diagnostic's region and applies the chosen one itself.
    (let* ((actions (eglot-code-actions (flymake-diagnostic-beg target) (flymake-diagnostic-end target) "quickfix"))
           (title (format "Tag “%s” as person" nd-name))
           (chosen (seq-find (lambda (a) (equal (plist-get a :title) title)) actions))
           (line (line-number-at-pos (flymake-diagnostic-beg target)))
           (before (length nd-published)))
      (nd-record 'actions (mapcar (lambda (a) (plist-get a :title)) actions))
      (unless chosen (error "no action titled %s" title))
      (eglot--read-execute-code-action (list chosen) server "quickfix")
      (nd-record 'line_after (save-excursion (goto-char (point-min)) (forward-line (1- line))
                                             (buffer-substring-no-properties (line-beginning-position) (line-end-position))))
      (eglot--signal-textDocument/didChange)
      ;; 4. The re-analysed text no longer reports the entity.
      (nd-await "the fixed diagnostic to clear" 10
                (lambda () (and (> (length nd-published) before)
                                (not (seq-some #'nd-names-target-p (plist-get (car nd-published) :diagnostics))))))
      (nd-record 'raw_after (plist-get (car nd-published) :diagnostics))
      (nd-record 'version_after (plist-get (car nd-published) :version)))
    (eglot-shutdown server)))

(let ((ok (condition-case err (progn (nd-run) t)
            (error (nd-record 'error (error-message-string err)) nil))))
  (nd-record 'ok (if ok t :json-false))
  (with-temp-file nd-out
    (set-buffer-file-coding-system 'utf-8)
    (insert (json-encode nd-result)))
  (kill-emacs (if ok 0 1)))
