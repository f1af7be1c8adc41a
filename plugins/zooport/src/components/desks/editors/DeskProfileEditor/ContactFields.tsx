import Grid from '@material-ui/core/Grid';
import {
  Problems,
  RowsInput,
  problemProps,
} from '../../../shared/EditorFields';
import { FormField } from '../../../shared/FormDialog';
import { ProfileDraft } from './profileDraft';

type Channel = ProfileDraft['channels'][number];
type Link = ProfileDraft['links'][number];

/** Rows of a name and a web address, as channels and links both are. */
function NamedAddressRows<Row extends { url: string }>(props: {
  legend: string;
  rowName: string;
  /** The path of the rows in `problems`, e.g. "channels". */
  path: string;
  nameKey: keyof Row & string;
  nameLabel: (position: number) => string;
  namePlaceholder?: string;
  addressLabel: (position: number) => string;
  addressPlaceholder: string;
  addressRequired: boolean;
  rows: Row[];
  newRow: () => Row;
  problems: Problems;
  onChange: (rows: Row[]) => void;
}) {
  const { path, nameKey, problems } = props;
  return (
    <RowsInput<Row>
      legend={props.legend}
      rowName={props.rowName}
      problem={problems[path]}
      rows={props.rows}
      newRow={props.newRow}
      onChange={props.onChange}
      renderRow={(row, i, change) => (
        <Grid container spacing={1}>
          <Grid item xs={5}>
            <FormField
              fullWidth
              required
              margin="dense"
              label={props.nameLabel(i + 1)}
              placeholder={props.namePlaceholder}
              value={String(row[nameKey])}
              onChange={event =>
                change({ [nameKey]: event.target.value } as Partial<Row>)
              }
              {...problemProps(problems, `${path}.${i}.${nameKey}`)}
            />
          </Grid>
          <Grid item xs={7}>
            <FormField
              fullWidth
              required={props.addressRequired}
              margin="dense"
              label={props.addressLabel(i + 1)}
              placeholder={props.addressPlaceholder}
              value={row.url}
              onChange={event =>
                change({ url: event.target.value } as Partial<Row>)
              }
              {...problemProps(problems, `${path}.${i}.url`)}
            />
          </Grid>
        </Grid>
      )}
    />
  );
}

/** Where people reach the desk (chat channels) and what they read first (links). */
export const ContactFields = (props: {
  channels: Channel[];
  links: Link[];
  problems: Problems;
  onChange: (patch: { channels?: Channel[]; links?: Link[] }) => void;
}) => {
  const { channels, links, problems, onChange } = props;
  return (
    <>
      <NamedAddressRows<Channel>
        legend="Channels"
        rowName="channel"
        path="channels"
        nameKey="name"
        nameLabel={position => `Channel ${position}`}
        namePlaceholder="#ask-platform"
        addressLabel={position => `Address of channel ${position}`}
        addressPlaceholder="https://chat.example.com/…"
        addressRequired={false}
        rows={channels}
        newRow={() => ({ name: '', url: '' })}
        problems={problems}
        onChange={rows => onChange({ channels: rows })}
      />
      <NamedAddressRows<Link>
        legend="Links"
        rowName="link"
        path="links"
        nameKey="title"
        nameLabel={position => `Title of link ${position}`}
        addressLabel={position => `Address of link ${position}`}
        addressPlaceholder="https://"
        addressRequired
        rows={links}
        newRow={() => ({ title: '', url: '' })}
        problems={problems}
        onChange={rows => onChange({ links: rows })}
      />
    </>
  );
};
