%% Spawn N processes that each tell the parent they run and then block in
%% receive; once all have reported, print the resident set size, then send each one message and wait until all
%% have exited. Run: erl -noshell +P 2000000 -s spawn main N
-module(spawn).
-export([main/1]).

main([NA]) ->
    N = list_to_integer(atom_to_list(NA)),
    Parent = self(),
    Pids = [spawn(fun() -> Parent ! ready, receive X -> Parent ! {done, X + 1} end end) || _ <- lists:seq(1, N)],
    wait_ready(N),
    io:format("spawned ~b rss_kib=~b~n", [length(Pids), rss_kib()]),
    [P ! 1 || P <- Pids],
    io:format("sent~n"),
    wait(N),
    halt().

wait_ready(0) -> ok;
wait_ready(K) -> receive ready -> wait_ready(K - 1) end.

wait(0) -> ok;
wait(K) -> receive {done, _} -> wait(K - 1) end.

rss_kib() ->
    {ok, B} = file:read_file("/proc/self/status"),
    [Line] = [L || L <- binary:split(B, <<"\n">>, [global]),
                   binary:part(L, 0, min(6, byte_size(L))) =:= <<"VmRSS:">>],
    [_, V | _] = binary:split(Line, [<<" ">>, <<"\t">>], [global, trim_all]),
    binary_to_integer(V).
