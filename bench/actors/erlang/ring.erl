%% Token ring: N processes pass a token carrying the hops left for LAPS laps;
%% the process receiving 0 prints "ring done". Run: erl -noshell +P 2000000 -s ring main N LAPS
-module(ring).
-export([main/1]).

main([NA, LA]) ->
    N = list_to_integer(atom_to_list(NA)),
    Laps = list_to_integer(atom_to_list(LA)),
    Self = self(),
    First = chain(Self, N - 1),
    io:format("ring of ~b started~n", [N]),
    First ! N * Laps,
    head(First).

chain(Next, 0) -> Next;
chain(Next, K) -> chain(spawn(fun() -> member(Next) end), K - 1).

member(Next) ->
    receive
        0 -> io:format("ring done~n"), halt();
        H -> Next ! H - 1, member(Next)
    end.

head(Next) -> member(Next).
