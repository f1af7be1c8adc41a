import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import { Problems, problemProps } from '../../../shared/EditorFields';
import { FormField } from '../../../shared/FormDialog';
import { DeskAnimal as Animal } from '../../DeskAnimal';
import { ProfileDraft } from './profileDraft';

type AnimalDraft = ProfileDraft['animal'];

/** The desk's animal: name, emoji and colour, with how it will look. */
export const AnimalFields = (props: {
  animal: AnimalDraft;
  problems: Problems;
  onChange: (animal: AnimalDraft) => void;
}) => {
  const { animal, problems, onChange } = props;
  const change = (patch: Partial<AnimalDraft>) =>
    onChange({ ...animal, ...patch });
  return (
    <>
      <Box mb={1}>
        <Animal
          animal={{
            name: animal.name,
            emoji: animal.emoji || undefined,
            colour: animal.colour || undefined,
          }}
        />
      </Box>
      <Grid container spacing={2}>
        <Grid item xs={12} sm={6}>
          <FormField
            fullWidth
            required
            margin="dense"
            label="Animal"
            value={animal.name}
            onChange={event => change({ name: event.target.value })}
            {...problemProps(problems, 'animal.name', 'e.g. turtle')}
          />
        </Grid>
        <Grid item xs={6} sm={3}>
          <FormField
            fullWidth
            margin="dense"
            label="Emoji"
            value={animal.emoji}
            onChange={event => change({ emoji: event.target.value })}
            {...problemProps(problems, 'animal.emoji')}
          />
        </Grid>
        <Grid item xs={6} sm={3}>
          <FormField
            fullWidth
            margin="dense"
            label="Colour"
            placeholder="#2E7D32"
            value={animal.colour}
            onChange={event => change({ colour: event.target.value })}
            {...problemProps(problems, 'animal.colour')}
          />
        </Grid>
      </Grid>
    </>
  );
};
