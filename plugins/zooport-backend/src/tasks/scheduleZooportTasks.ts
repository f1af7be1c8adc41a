import { SchedulerService } from '@backstage/backend-plugin-api';
import { DateTime } from 'luxon';
import { DigestSender } from './DigestSender';
import { DutyRecorder } from './DutyRecorder';
import { HandoffWatch } from './HandoffWatch';
import { ReadinessReminders } from './ReadinessReminders';
import { SlackUserGroupSync } from '../slack/SlackUserGroupSync';
import { SlaSweep } from './SlaSweep';
import { SurveySender } from './SurveySender';
import { JiraIssueSender } from '../jira';
import { WebhookSender } from './WebhookSender';

/** The sweeps the scheduler runs, built once in the plugin's wiring. */
export interface ZooportTasks {
  slaSweep: SlaSweep;
  handoffWatch: HandoffWatch;
  webhookSender: WebhookSender;
  dutyRecorder: DutyRecorder;
  digestSender: DigestSender;
  readinessReminders: ReadinessReminders;
  surveySender: SurveySender;
  /** Only when Slack is configured. */
  slackUserGroupSync?: SlackUserGroupSync;
  /** Only when Jira is configured. */
  jiraIssueSender?: JiraIssueSender;
}

/**
 * Runs the sweeps through Backstage's scheduler, whose global tasks run on
 * one replica at a time.
 */
export async function scheduleZooportTasks(
  scheduler: SchedulerService,
  tasks: ZooportTasks,
  now: () => DateTime,
) {
  const every: {
    id: string;
    task: { run(now: DateTime, signal: AbortSignal): Promise<unknown> };
    seconds: number;
  }[] = [
    { id: 'zooport-sla-sweep', task: tasks.slaSweep, seconds: 60 },
    { id: 'zooport-handoff-watch', task: tasks.handoffWatch, seconds: 300 },
    { id: 'zooport-webhook-sender', task: tasks.webhookSender, seconds: 30 },
    { id: 'zooport-duty-recorder', task: tasks.dutyRecorder, seconds: 60 },
    { id: 'zooport-digest-sender', task: tasks.digestSender, seconds: 60 },
    {
      id: 'zooport-readiness-reminders',
      task: tasks.readinessReminders,
      seconds: 300,
    },
    { id: 'zooport-survey', task: tasks.surveySender, seconds: 300 },
  ];
  if (tasks.slackUserGroupSync) {
    every.push({
      id: 'zooport-slack-user-group-sync',
      task: tasks.slackUserGroupSync,
      seconds: 60,
    });
  }
  if (tasks.jiraIssueSender) {
    every.push({
      id: 'zooport-jira-issues',
      task: tasks.jiraIssueSender,
      seconds: 30,
    });
  }
  for (const { id, task, seconds } of every) {
    await scheduler.scheduleTask({
      id,
      frequency: { seconds },
      timeout: { minutes: 5 },
      initialDelay: { seconds: 15 },
      fn: async signal => {
        await task.run(now(), signal);
      },
    });
  }
}
