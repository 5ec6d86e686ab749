/**
 * The headless {@code baton} command: {@link dev.baton.cli.CommandLineMain} dispatches to the
 * {@link dev.baton.api.Command} services (one per sub-command) found in the {@link dev.baton.api.Registry}. Runs in
 * Apache Felix with no display.
 */
package dev.baton.cli;
