%% Ping-pong: K round trips between two processes (the pinger sends its pid,
%% the ponger answers). Run: erl -noshell -s pingpong main K
-module(pingpong).
-export([main/1]).

main([KA]) ->
    K = list_to_integer(atom_to_list(KA)),
    Ponger = spawn(fun ponger/0),
    ping(Ponger, K),
    io:format("pingpong done~n"),
    halt().

ponger() -> receive From -> From ! 1, ponger() end.

ping(_, 0) -> ok;
ping(Ponger, K) -> Ponger ! self(), receive _ -> ping(Ponger, K - 1) end.
