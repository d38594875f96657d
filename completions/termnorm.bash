# Bash completion for termnorm. Installed to share/bash-completion/completions/termnorm;
# to try it from a checkout: source completions/termnorm.bash
_termnorm() {
  local cur prev
  COMPREPLY=()
  cur=${COMP_WORDS[COMP_CWORD]}
  prev=${COMP_WORDS[COMP_CWORD-1]}

  local options="-h --help --version -t --to -l --lexicon --no-default-lexicon --unify --fallback --abbreviations --invalid
    -o --output -i --in-place -r --recursive --include --exclude --output-dir -j --jobs
    --check --diff --color --report --mark-residual -q --quiet --jsonl --field --on-error"

  if [[ ${COMP_WORDS[1]} == lexicon ]]; then
    if [[ $COMP_CWORD -eq 2 ]]; then
      COMPREPLY=($(compgen -W "check stats lookup export import" -- "$cur"))
      return
    fi
    case $prev in
      --format)
        case ${COMP_WORDS[2]} in
          stats) COMPREPLY=($(compgen -W "text json" -- "$cur")) ;;
          export) COMPREPLY=($(compgen -W "csv tbx" -- "$cur")) ;;
          import) COMPREPLY=($(compgen -W "csv" -- "$cur")) ;;
        esac
        return ;;
      -o|--output|-l|--lexicon) COMPREPLY=($(compgen -f -- "$cur")); return ;;
    esac
    if [[ $cur == -* ]]; then
      COMPREPLY=($(compgen -W "-h --help --format -o --output -l --lexicon --no-default-lexicon --domain" -- "$cur"))
    else
      COMPREPLY=($(compgen -f -- "$cur"))
    fi
    return
  fi

  case $prev in
    -t|--to) COMPREPLY=($(compgen -W "en zh auto" -- "$cur")); return ;;
    --color) COMPREPLY=($(compgen -W "auto always never" -- "$cur")); return ;;
    --on-error) COMPREPLY=($(compgen -W "fail skip pass" -- "$cur")); return ;;
    --fallback) COMPREPLY=($(compgen -W "none gloss" -- "$cur")); return ;;
    --abbreviations) COMPREPLY=($(compgen -W "as-written first always never" -- "$cur")); return ;;
    --invalid) COMPREPLY=($(compgen -W "error replace" -- "$cur")); return ;;
    -l|--lexicon) COMPREPLY=($(compgen -f -X '!*.y*ml' -- "$cur") $(compgen -d -- "$cur")); return ;;
    -o|--output) COMPREPLY=($(compgen -f -- "$cur")); return ;;
    --output-dir) COMPREPLY=($(compgen -d -- "$cur")); return ;;
    -j|--jobs|--include|--exclude|--field) return ;;
  esac
  case $cur in
    --report=*) COMPREPLY=($(compgen -W "--report=text --report=json --report=text: --report=json:" -- "$cur")); return ;;
    --mark-residual=*) COMPREPLY=($(compgen -W "--mark-residual=brackets --mark-residual=html" -- "$cur")); return ;;
    -*) COMPREPLY=($(compgen -W "$options" -- "$cur")); return ;;
  esac
  if [[ $COMP_CWORD -eq 1 ]]; then
    COMPREPLY=($(compgen -W "lexicon" -- "$cur") $(compgen -f -- "$cur"))
  else
    COMPREPLY=($(compgen -f -- "$cur"))
  fi
}
complete -o filenames -F _termnorm termnorm
