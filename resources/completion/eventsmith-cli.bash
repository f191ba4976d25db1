# bash completion for eventsmith-cli
_eventsmith_cli()
{
    local cur prev command
    cur=${COMP_WORDS[COMP_CWORD]}
    prev=${COMP_WORDS[COMP_CWORD-1]}
    command=${COMP_WORDS[1]}
    local commands="validate dedup schema send serve replay import export report targets events"
    if [ "$COMP_CWORD" -eq 1 ]; then
        COMPREPLY=($(compgen -W "$commands --help --version" -- "$cur"))
        return
    fi
    case $prev in
        --family) COMPREPLY=($(compgen -W "emails calls crm social" -- "$cur")); return ;;
        --format)
            case $command in
                export) COMPREPLY=($(compgen -W "postman curl har ndjson set" -- "$cur")) ;;
                schema) COMPREPLY=($(compgen -W "json-schema openapi summary" -- "$cur")) ;;
                *) COMPREPLY=($(compgen -W "text json" -- "$cur")) ;;
            esac
            return ;;
        --target) COMPREPLY=($(compgen -W "local" -- "$cur")); return ;;
        --map|--store|--schema|-o|--output) COMPREPLY=($(compgen -f -- "$cur")); return ;;
    esac
    if [ "$command" = import ] && [ "$COMP_CWORD" -eq 2 ]; then
        COMPREPLY=($(compgen -W "curl csv postman har ndjson" -- "$cur"))
        return
    fi
    if [[ $cur == -* ]]; then
        local options
        options=$(eventsmith-cli "$command" --help 2>/dev/null | grep -oE -- '--[a-z][a-z-]*' | sort -u)
        COMPREPLY=($(compgen -W "$options" -- "$cur"))
        return
    fi
    COMPREPLY=($(compgen -f -- "$cur"))
}
complete -o filenames -F _eventsmith_cli eventsmith-cli
