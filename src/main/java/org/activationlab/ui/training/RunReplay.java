package org.activationlab.ui.training;

import java.util.List;
import org.activationlab.nn.DataSplit;
import org.activationlab.nn.SettingChange;
import org.activationlab.nn.TrainingConfig;

/**
 * What replays a run of the Training tab exactly: its configuration and data, the changes of
 * learning rate or penalties made while it trained (in step order), and how far it got.
 */
record RunReplay(TrainingConfig config, DataSplit data, List<SettingChange> changes, int step) {
    RunReplay {
        changes = List.copyOf(changes);
    }
}
