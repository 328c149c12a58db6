//! The union-find forest that groups sentences into statements and
//! quotations into quote groups: `parent[x]` is `x` for a root.

/// The root of `x`, halving the path on the way.
pub fn root(parent: &mut [usize], mut x: usize) -> usize {
    while parent[x] != x {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    x
}
