using System.Collections.Generic;
using System.Linq;
using AllianceData.Generator.Model;

namespace AllianceData.Generator.Linking;

/// <summary>A directed reference between two registry entries, with where it is written.</summary>
internal readonly record struct ReferenceEdge(string From, string To, LocationInfo Location);

/// <summary>
/// Finds cycles in parent, reports-to and within relations: an organization that is its own
/// ancestor. Iterative depth-first search, so a long chain cannot overflow the stack.
/// </summary>
internal static class CycleCheck
{
    /// <summary>Each cycle as the edge that closes it and the IDs around it (first ID repeated at the end).</summary>
    public static IEnumerable<(ReferenceEdge Closing, IReadOnlyList<string> Path)> Find(IReadOnlyList<ReferenceEdge> edges)
    {
        var outgoing = edges.GroupBy(e => e.From).ToDictionary(g => g.Key, g => g.ToList());
        var state = new Dictionary<string, int>(); // absent: unvisited, 1: on the current path, 2: done
        var path = new List<string>();
        foreach (var root in outgoing.Keys.OrderBy(k => k, System.StringComparer.Ordinal))
        {
            if (state.ContainsKey(root))
            {
                continue;
            }

            var stack = new Stack<(string Node, int NextEdge)>();
            stack.Push((root, 0));
            state[root] = 1;
            path.Add(root);
            while (stack.Count > 0)
            {
                var (node, next) = stack.Pop();
                var children = outgoing.TryGetValue(node, out var list) ? list : null;
                if (children is null || next >= children.Count)
                {
                    state[node] = 2;
                    path.RemoveAt(path.Count - 1);
                    continue;
                }

                stack.Push((node, next + 1));
                var edge = children[next];
                if (!state.TryGetValue(edge.To, out var seen))
                {
                    state[edge.To] = 1;
                    path.Add(edge.To);
                    stack.Push((edge.To, 0));
                }
                else if (seen == 1)
                {
                    var cycle = path.Skip(path.IndexOf(edge.To)).Append(edge.To).ToList();
                    yield return (edge, cycle);
                }
            }
        }
    }
}
